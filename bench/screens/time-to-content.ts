import type { BrowserContext, Request } from 'playwright-core';
import { INVOKE_PATH } from '../../sandbox/host/invoke-route';
import { RESOURCES_PATH } from '../../sandbox/host/serve-resources';
import type { ScreenSpec } from './screen-spec';

/** One load of a screen's host page, times in milliseconds. */
export interface ScreenLoad {
  /** From the app's iframe entering the host page until the content selector is in its DOM. */
  readonly fromIframe: number;
  /** From the host page's navigation start until the same moment. */
  readonly fromNavigation: number;
  /** `invoke` requests the host page sent for this screen's module. */
  readonly backendCalls: number;
}

type TimedWindow = Window & { __benchIframeAt?: number; __benchContentAt?: number };

export const LOAD_TIMEOUT_MS = 20_000;
/** After the content shows, how long late `invoke` calls still count against the load. */
export const SETTLE_MS = 300;

/**
 * Runs in every frame before the page's own scripts (plain JavaScript: Playwright sends it as
 * text). The host page notes when the module's iframe appears; the app's frame (its resource's
 * path) notes when the selector appears. Both use `performance.timeOrigin + now()`, so times
 * compare across frames. Times are when the element is in the DOM, before it is painted.
 */
export function timingScript(spec: ScreenSpec): string {
  return `(() => {
  const iframeSelector = 'iframe[data-module-key="' + CSS.escape(${JSON.stringify(spec.module.key)}) + '"]';
  const contentSelector = ${JSON.stringify(spec.contentSelector)};
  const appPath = ${JSON.stringify(`${RESOURCES_PATH}${encodeURIComponent(spec.module.resources['default'] ?? '')}/`)};
  const now = () => performance.timeOrigin + performance.now();
  const whenPresent = (selector, note) => {
    const check = () => {
      if (!document.querySelector(selector)) return;
      note(now());
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    check();
  };
  if (window === window.top) whenPresent(iframeSelector, (at) => (window.__benchIframeAt = at));
  else if (location.pathname.startsWith(appPath)) whenPresent(contentSelector, (at) => (window.__benchContentAt = at));
})();`;
}

/**
 * How long after Playwright sees the content the timing script may take to have noted it. Only a
 * failing load waits this long; 2 s was once too short on a loaded 2-core CI machine.
 */
const NOTED_WITHIN_MS = 6_000;

function isInvokeFor(request: Request, moduleKey: string): boolean {
  if (request.method() !== 'POST' || new URL(request.url()).pathname !== INVOKE_PATH) return false;
  try {
    return (request.postDataJSON() as { moduleKey?: unknown } | null)?.moduleKey === moduleKey;
  } catch {
    return false;
  }
}

export interface LoadOptions {
  /** How long the page may take to show the content (default 20 s). */
  readonly timeoutMs?: number;
  /** How long to keep counting backend calls after it shows (default 300 ms). */
  readonly settleMs?: number;
}

/** Opens the host page in a new tab of `context` (which runs `timingScript`) and times the screen. */
export async function loadScreen(context: BrowserContext, spec: ScreenSpec, options: LoadOptions = {}): Promise<ScreenLoad> {
  const { timeoutMs = LOAD_TIMEOUT_MS, settleMs = SETTLE_MS } = options;
  const page = await context.newPage();
  let backendCalls = 0;
  page.on('request', (request) => {
    if (isInvokeFor(request, spec.module.key)) backendCalls += 1;
  });
  try {
    await page.goto(spec.pagePath, { waitUntil: 'commit', timeout: timeoutMs });
    const element = await page.waitForSelector(`iframe[data-module-key="${spec.module.key}"]`, { state: 'attached', timeout: timeoutMs });
    const frame = await element.contentFrame();
    if (!frame) throw new Error(`The ${spec.name} iframe has no frame.`);
    await frame.waitForSelector(spec.contentSelector, { state: 'attached', timeout: timeoutMs }).catch((error: unknown) => {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`The ${spec.name} did not show ${spec.contentSelector} on ${spec.pagePath}: ${why}`);
    });
    // The timing script's observer notes the content in the frame's own world; give its callback a moment to have run.
    const contentAt = await frame
      .waitForFunction(() => (window as TimedWindow).__benchContentAt, undefined, { timeout: NOTED_WITHIN_MS })
      .then((noted) => noted.jsonValue() as Promise<number>)
      .catch(() => undefined);
    const host = await page.evaluate(() => ({ iframeAt: (window as TimedWindow).__benchIframeAt, navigationStart: performance.timeOrigin }));
    if (contentAt === undefined || host.iframeAt === undefined)
      throw new Error(`The ${spec.name}: the timing script saw no ${contentAt === undefined ? 'content' : 'iframe'}.`);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    return { fromIframe: contentAt - host.iframeAt, fromNavigation: contentAt - host.navigationStart, backendCalls };
  } finally {
    await page.close();
  }
}
