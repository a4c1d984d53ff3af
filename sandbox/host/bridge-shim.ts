/**
 * The bridge shim: runs first inside every Custom UI iframe the sandbox serves (the resource
 * server injects it as the first script of `<head>`), in place of the bridge Forge injects.
 *
 * `@forge/bridge` and `@forge/jira-bridge` read `globalThis.__bridge.callBridge` when their
 * modules load; this installs it. Each call goes to the parent window (the host frame, see
 * host-frame.ts) as a `postMessage` with a request id, and its promise settles with the reply.
 * Functions inside a payload (the `workflowRules.onConfigure` callback, `view.onClose`) cannot
 * cross `postMessage`: they stay here under an id and the host asks this side to run them.
 * It also applies the host's theme after `view.theme.enable()` and reports the document height
 * so the host can size the iframe.
 */
import {
  PROTOCOL,
  isMessage,
  messageOf,
  type BridgeCall,
  type FunctionRef,
  type HostRequest,
  type Message,
  type Reply,
  type ShimEvent,
  type SubscriptionReply,
  type ThemeMessage,
} from './bridge-protocol';

type Settle = { resolve(value: unknown): void; reject(error: Error): void };

const host = window.parent;
const hostOrigin = originOf(document.referrer);
const pending = new Map<number, Settle>();
const functions = new Map<number, (...args: unknown[]) => unknown>();
let lastCallId = 0;
let lastFunctionId = 0;
let themingEnabled = false;

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '*';
  }
}

function post(message: Message): void {
  host.postMessage(message, hostOrigin);
}

/** Copies a payload for `postMessage`, leaving each function here and sending a reference. */
function withFunctionRefs(value: unknown, seen = new Set<object>()): unknown {
  if (typeof value === 'function') {
    lastFunctionId += 1;
    functions.set(lastFunctionId, value as (...args: unknown[]) => unknown);
    const ref: FunctionRef = { __sandboxFunction: lastFunctionId };
    return ref;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) {
    seen.add(value);
    return value.map((item) => withFunctionRefs(item, seen));
  }
  if (proto !== Object.prototype && proto !== null) return value;
  seen.add(value);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withFunctionRefs(item, seen);
  return copy;
}

function callHost(method: string, payload: unknown): Promise<unknown> {
  if (host === window) {
    return Promise.reject(new Error('This Custom UI page is not inside the sandbox host, so the Forge bridge is not connected.'));
  }
  return new Promise((resolve, reject) => {
    lastCallId += 1;
    const id = lastCallId;
    pending.set(id, { resolve, reject });
    const call: BridgeCall = { protocol: PROTOCOL, kind: 'call', id, method, payload: withFunctionRefs(payload) };
    try {
      post(call);
    } catch (error) {
      pending.delete(id);
      reject(new Error(`The ${method} payload cannot be sent to the host: ${messageOf(error)}`));
    }
  });
}

async function callBridge(method: string, payload?: unknown): Promise<unknown> {
  const value = await callHost(method, payload);
  if (method === 'enableTheming') {
    themingEnabled = true;
    await applyTheme(value as ThemeMessage);
    return undefined;
  }
  if (method === 'on') {
    // A function cannot come back over postMessage: the Subscription is made here.
    const { subscriptionId } = value as SubscriptionReply;
    return { unsubscribe: () => void callHost('unsubscribe', { subscriptionId }).catch(() => undefined) };
  }
  return value;
}

function loadThemeCss(id: string, cssBase: string): Promise<void> {
  const existing = document.head.querySelector(`link[data-theme="${id}"]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${cssBase}${encodeURIComponent(id)}.css`;
  link.dataset.theme = id;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.appendChild(link);
  return loaded;
}

/** What `setGlobalTheme` does: load the themes' CSS, then set the `<html>` attributes. */
async function applyTheme(theme: ThemeMessage): Promise<void> {
  await Promise.all(theme.themeIds.map((id) => loadThemeCss(id, theme.cssBase)));
  document.documentElement.setAttribute('data-theme', theme.dataTheme);
  document.documentElement.setAttribute('data-color-mode', theme.colorMode);
}

function reply(id: number, outcome: { ok: true; value: unknown } | { ok: false; error: string }): void {
  const message: Reply = { protocol: PROTOCOL, kind: 'reply', id, ...outcome };
  try {
    post(message);
  } catch (error) {
    post({ protocol: PROTOCOL, kind: 'reply', id, ok: false, error: `The result cannot be sent to the host: ${messageOf(error)}` });
  }
}

async function answer(request: HostRequest): Promise<unknown> {
  if (request.method === 'applyTheme') {
    if (themingEnabled) await applyTheme(request.theme);
    return themingEnabled;
  }
  const fn = functions.get(request.ref.__sandboxFunction);
  if (!fn) throw new Error('The app no longer holds this callback.');
  return await fn(...(request.args ?? []));
}

function onMessage(event: MessageEvent): void {
  if (event.source !== host || !isMessage(event.data)) return;
  const message = event.data;
  if (message.kind === 'reply') {
    const settle = pending.get(message.id);
    if (!settle) return;
    pending.delete(message.id);
    if (message.ok) settle.resolve(message.value);
    else settle.reject(new Error(message.error ?? 'The host could not answer.'));
  } else if (message.kind === 'request') {
    answer(message).then(
      (value) => reply(message.id, { ok: true, value }),
      (error: unknown) => reply(message.id, { ok: false, error: messageOf(error) }),
    );
  }
}

function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  const event: ShimEvent = { protocol: PROTOCOL, kind: 'event', name: 'resize', height };
  post(event);
}

function reportCspViolation(event: SecurityPolicyViolationEvent): void {
  post({ protocol: PROTOCOL, kind: 'event', name: 'csp-violation', directive: event.effectiveDirective, blockedURI: event.blockedURI });
}

window.addEventListener('message', onMessage);
(globalThis as unknown as { __bridge: { callBridge: typeof callBridge } }).__bridge = { callBridge };
if (host !== window) {
  new ResizeObserver(reportHeight).observe(document.documentElement);
  document.addEventListener('securitypolicyviolation', reportCspViolation);
}
