/**
 * The parent side of a Custom UI app: what Jira or Confluence does around a Forge iframe.
 * Runs in the sandbox's pages (bundled with them). `mountCustomUi` puts the resource in a
 * sandboxed iframe and answers the bridge calls the shim (bridge-shim.ts) forwards:
 *
 * - `getContext` → `GET /__sandbox/context?moduleKey=…` (who, site, environment) merged with
 *   `options.context` (the extension point's data) and the current theme;
 * - `invoke` → `POST /__sandbox/invoke`, which runs the module's resolver function in the
 *   sandbox server; a resolver error rejects with "There was an error invoking the function - …";
 * - `submit` / `close` / `refresh` → the callbacks (none given: the view is not submittable /
 *   closable / refreshable, and the bridge throws as Forge's does);
 * - `enableTheming` → the theme to apply; `setTheme` re-applies it live afterwards;
 * - `setWorkflowRuleConfigurationCallback` → remembers the app's `workflowRules.onConfigure`
 *   callback (it stays in the iframe); `configure()` runs it, as Jira's Add / Update button does;
 * - `on` / `unsubscribe` / `emit` → `events` between the app's frames on the page (event-bus.ts);
 * - `fetchProduct` (`requestJira`, `requestConfluence`) → the site's REST API as the signed-in person (product-fetch.ts).
 */
import { PROTOCOL, isFunctionRef, isMessage, messageOf, type BridgeCall, type FunctionRef, type HostRequest, type Reply } from './bridge-protocol';
import { emit, subscribe, unsubscribe, unsubscribeAll } from './event-bus';
import type { ForgeContext, ForgeContextExtras, PlatformContext } from './forge-context';
import { themeMessage, type ColorMode } from './theme-state';
import { productFetch } from './product-fetch';

export type { ColorMode, ForgeContext, ForgeContextExtras };

/** Forge's wording when a resolver fails (the resolver's own message follows). */
export const INVOKE_ERROR_PREFIX = 'There was an error invoking the function - ';
/** The sandbox attributes Forge gives every Custom UI iframe. */
export const IFRAME_SANDBOX = 'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';
const REGISTER_WAIT_MS = 5000;

/** What a view callback answers: nothing or true for success, false for "not possible here". */
type ViewCallback = (payload: unknown) => void | boolean | Promise<void | boolean>;

export interface MountOptions {
  readonly resourceKey: string;
  readonly moduleKey: string;
  /** The module's resolver function (manifest `resolver.function`), for `invoke`. */
  readonly functionKey?: string;
  readonly context: ForgeContextExtras;
  readonly theme: ColorMode;
  onSubmit?: ViewCallback;
  onClose?: ViewCallback;
  onRefresh?: ViewCallback;
  /** A file inside the resource other than its index.html. */
  readonly path?: string;
  /** Serve the iframe from another origin (e.g. `http://127.0.0.1:8080`), as Forge's CDN is. */
  readonly resourceOrigin?: string;
  /** Accessible name of the iframe (default: the module key). */
  readonly title?: string;
  /** Height before the app reports its own (default 40 px). */
  readonly minHeight?: number;
}

export interface MountedCustomUi {
  readonly iframe: HTMLIFrameElement;
  /** Runs the app's `workflowRules.onConfigure` callback: its string, or undefined ("don't save"). */
  configure(): Promise<string | undefined>;
  /** Changes the theme; the app sees it at once if it enabled theming (`view.theme.enable()`). */
  setTheme(theme: ColorMode): void;
  destroy(): void;
}

type Settle = { resolve(value: unknown): void; reject(error: Error): void };
type HostRequestBody = { method: 'runFunction'; ref: FunctionRef; args?: unknown[] } | { method: 'applyTheme'; theme: ReturnType<typeof themeMessage> };

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return { ok: false, message: `the sandbox answered HTTP ${response.status} without JSON` };
  }
}

export function mountCustomUi(container: HTMLElement, options: MountOptions): MountedCustomUi {
  const origin = options.resourceOrigin ? new URL(options.resourceOrigin).origin : window.location.origin;
  const minHeight = options.minHeight ?? 40;
  const iframe = document.createElement('iframe');
  const pending = new Map<number, Settle>();
  let lastRequestId = 0;
  let theme = options.theme;
  let themingEnabled = false;
  let onConfigure: FunctionRef | undefined;
  let announceOnConfigure: () => void = () => undefined;
  const onConfigureRegistered = new Promise<void>((resolve) => (announceOnConfigure = resolve));
  let platform: Promise<PlatformContext> | undefined;
  let invokeWindow = { start: Date.now(), count: 0 };

  function platformContext(): Promise<PlatformContext> {
    platform ??= fetch(`/__sandbox/context?moduleKey=${encodeURIComponent(options.moduleKey)}`, { credentials: 'same-origin' }).then(async (response) => {
      const body = await readJson(response);
      if (!response.ok) throw new Error(`Could not load the context: ${String(body.message)}`);
      return body as PlatformContext;
    });
    platform.catch(() => (platform = undefined));
    return platform;
  }

  async function getContext(): Promise<ForgeContext> {
    const known = await platformContext();
    return {
      ...options.context,
      ...known,
      localId: options.context.localId ?? known.localId,
      extension: options.context.extension,
      theme: { colorMode: theme },
    };
  }

  function rateLimitProperties(): Record<string, number> {
    return { rateLimitValue: 500, rateLimitRemaining: Math.max(0, 500 - invokeWindow.count), rateLimitReset: Math.ceil((invokeWindow.start + 25_000) / 1000) };
  }

  async function invoke(payload: unknown): Promise<unknown> {
    const {
      functionKey,
      payload: data,
      metadata,
    } = (payload ?? {}) as { functionKey?: unknown; payload?: unknown; metadata?: { rateLimitProperties?: boolean } };
    if (Date.now() - invokeWindow.start > 25_000) invokeWindow = { start: Date.now(), count: 0 };
    invokeWindow.count += 1;
    const context = await getContext();
    const response = await fetch('/__sandbox/invoke', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleKey: options.moduleKey, functionKey: options.functionKey ?? '', call: { functionKey, payload: data }, context }),
    });
    const body = await readJson(response);
    if (!response.ok || body.ok !== true) throw new Error(INVOKE_ERROR_PREFIX + String(body.message ?? `HTTP ${response.status}`));
    return metadata?.rateLimitProperties ? { body: body.body, metadata: { rateLimitProperties: rateLimitProperties() } } : body.body;
  }

  async function viewCallback(callback: ViewCallback | undefined, payload: unknown): Promise<boolean> {
    if (!callback) return false;
    return (await callback(payload)) !== false;
  }

  async function answer(call: BridgeCall): Promise<unknown> {
    switch (call.method) {
      case 'getContext':
        return getContext();
      case 'invoke':
        return invoke(call.payload);
      case 'submit':
        return viewCallback(options.onSubmit, call.payload);
      case 'close':
        return viewCallback(options.onClose, call.payload);
      case 'refresh':
        return viewCallback(options.onRefresh, call.payload);
      case 'enableTheming':
        themingEnabled = true;
        return themeMessage(theme);
      case 'setWorkflowRuleConfigurationCallback': {
        const ref = (call.payload as { data?: { onConfigure?: unknown } } | undefined)?.data?.onConfigure;
        if (!isFunctionRef(ref)) return false;
        onConfigure = ref;
        announceOnConfigure();
        return true;
      }
      case 'onClose':
        return true;
      case 'fetchProduct':
        return productFetch(call.payload);
      case 'on': {
        const { event, callback } = (call.payload ?? {}) as { event?: unknown; callback?: unknown };
        if (typeof event !== 'string' || !isFunctionRef(callback)) throw new Error('events.on needs an event name and a callback.');
        return { subscriptionId: subscribe(iframe, event, (payload) => request({ method: 'runFunction', ref: callback, args: [payload] })) };
      }
      case 'unsubscribe':
        unsubscribe(iframe, Number((call.payload as { subscriptionId?: unknown } | undefined)?.subscriptionId));
        return undefined;
      case 'emit': {
        const { event, payload } = (call.payload ?? {}) as { event?: unknown; payload?: unknown };
        if (typeof event !== 'string') throw new Error('events.emit needs an event name.');
        await emit(event, payload, (error) => console.warn(`[sandbox] an app's handler of "${event}" failed: ${messageOf(error)}`));
        return undefined;
      }
      default:
        throw new Error(`The sandbox does not support the bridge call "${call.method}".`);
    }
  }

  function post(message: Reply | HostRequest): void {
    iframe.contentWindow?.postMessage(message, origin);
  }

  function request(body: HostRequestBody): Promise<unknown> {
    return new Promise((resolve, reject) => {
      lastRequestId += 1;
      pending.set(lastRequestId, { resolve, reject });
      post({ protocol: PROTOCOL, kind: 'request', id: lastRequestId, ...body } as HostRequest);
    });
  }

  function onMessage(event: MessageEvent): void {
    if (event.source !== iframe.contentWindow || event.origin !== origin || !isMessage(event.data)) return;
    const message = event.data;
    if (message.kind === 'call') {
      answer(message).then(
        (value) => post({ protocol: PROTOCOL, kind: 'reply', id: message.id, ok: true, value }),
        (error: unknown) => post({ protocol: PROTOCOL, kind: 'reply', id: message.id, ok: false, error: messageOf(error) }),
      );
    } else if (message.kind === 'reply') {
      const settle = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) settle?.resolve(message.value);
      else settle?.reject(new Error(message.error ?? 'The app could not answer.'));
    } else if (message.kind === 'event' && message.name === 'resize') {
      iframe.style.height = `${Math.max(minHeight, message.height)}px`;
    } else if (message.kind === 'event' && message.name === 'csp-violation') {
      console.warn(
        `[sandbox] ${options.resourceKey}: the Content-Security-Policy blocked ${message.blockedURI || 'an inline resource'} (${message.directive}). ` +
          'Forge blocks it too unless manifest.yml declares it under permissions.content or permissions.external.',
      );
    }
  }

  async function configure(): Promise<string | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The app has not registered a workflowRules.onConfigure callback.')), REGISTER_WAIT_MS);
    });
    try {
      await Promise.race([onConfigureRegistered, timeout]);
    } finally {
      clearTimeout(timer);
    }
    const value = await request({ method: 'runFunction', ref: onConfigure as FunctionRef });
    if (value !== undefined && typeof value !== 'string') {
      throw new Error(`workflowRules.onConfigure must return a string (JSON) or undefined, not ${value === null ? 'null' : typeof value}.`);
    }
    return value;
  }

  function setTheme(next: ColorMode): void {
    if (next === theme) return;
    theme = next;
    if (!themingEnabled) return;
    request({ method: 'applyTheme', theme: themeMessage(next) }).catch((error: unknown) =>
      console.warn(`[sandbox] ${options.resourceKey}: could not apply the ${next} theme: ${messageOf(error)}`),
    );
  }

  function destroy(): void {
    window.removeEventListener('message', onMessage);
    unsubscribeAll(iframe);
    for (const settle of pending.values()) settle.reject(new Error('The app was unmounted.'));
    pending.clear();
    iframe.remove();
  }

  iframe.setAttribute('sandbox', IFRAME_SANDBOX);
  iframe.referrerPolicy = 'origin';
  iframe.title = options.title ?? options.moduleKey;
  iframe.dataset.resourceKey = options.resourceKey;
  iframe.dataset.moduleKey = options.moduleKey;
  Object.assign(iframe.style, { display: 'block', width: '100%', border: '0', height: `${minHeight}px` });
  window.addEventListener('message', onMessage);
  // The product knows the context before it draws the iframe; asking now keeps the sandbox's
  // round trip out of the app's first call.
  platformContext().catch(() => undefined);
  iframe.src = `${origin}/__sandbox/resources/${encodeURIComponent(options.resourceKey)}/${options.path ?? ''}`;
  container.appendChild(iframe);
  return { iframe, configure, setTheme, destroy };
}
