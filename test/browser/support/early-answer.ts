/**
 * For the screens' early first call (static/shared/early-answer.ts): hold back the screen's
 * `.preloaded` chunk so the call is answered before React mounts, and note whether the loading
 * state was ever in the DOM.
 */
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { resolverName } from './panel-page';
import type { SandboxSession } from './sandbox-session';

type Watched = Window & { __everShown?: boolean };

/** Delays every `*.preloaded-*.js` chunk by `ms`: the screen's code runs after its first answer is in. */
async function holdBackScreens(context: BrowserContext, ms: number): Promise<void> {
  await context.route('**/chunks/*.preloaded-*.js', async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
}

/** In every frame, notes whether an element matching `selector` is ever in the DOM (read with `everShown`). */
async function watchFor(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript((watched) => {
    const check = () => {
      if (document.querySelector(watched)) (window as Watched).__everShown = true;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, selector);
}

export const everShown = (frame: FrameLocator): Promise<boolean> => frame.locator(':root').evaluate(() => (window as Watched).__everShown === true);

/**
 * Opens `path` as `accountId` with the screens' code held back by 1.5 s and `loadingSelector`
 * watched; `calls` lists the resolvers the page invokes, in order.
 */
export async function openWithAnswerFirst(
  session: SandboxSession,
  accountId: string,
  path: string,
  loadingSelector: string,
): Promise<{ page: Page; context: BrowserContext; calls: string[] }> {
  const { page, context } = await session.openAs(accountId);
  await holdBackScreens(context, 1500);
  await watchFor(context, loadingSelector);
  const calls: string[] = [];
  page.on('request', (request) => {
    const name = resolverName(request);
    if (name) calls.push(name);
  });
  await page.goto(path);
  return { page, context, calls };
}
