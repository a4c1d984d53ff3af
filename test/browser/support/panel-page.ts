/** Helpers for the Shipshape issue panel's browser suites: open an item's panel as a demo person. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Frame, FrameLocator, Page, Request } from 'playwright-core';
import type { SandboxSession } from './sandbox-session';

export const PANEL_MODULE = 'shipshape-panel';
export const DONE = '31';

export interface OpenPanel {
  context: BrowserContext;
  page: Page;
  panel: FrameLocator;
  /** The resolver calls the panel made so far (function names, in order). */
  calls: string[];
}

/** The resolver a sandbox invoke request names (`call.functionKey`). */
export function resolverName(request: Request): string | undefined {
  if (!request.url().endsWith('/__sandbox/invoke') || request.method() !== 'POST') return undefined;
  try {
    return (JSON.parse(request.postData() ?? '{}') as { call?: { functionKey?: string } }).call?.functionKey;
  } catch {
    return undefined;
  }
}

/** The panel's frame on the item page (Forge's iframe, as the sandbox hosts it). */
export const panelFrame = (page: Page): FrameLocator => page.frameLocator(`iframe[data-module-key="${PANEL_MODULE}"]`);

/** Opens a work item as a demo person and waits until the panel shows its data. */
export async function openPanel(
  session: SandboxSession,
  accountId: string,
  key: string,
  theme: 'light' | 'dark' = 'light',
  locale: 'en-US' | 'de-DE' = 'en-US',
): Promise<OpenPanel> {
  const { context, page } = await session.openAs(accountId, theme, locale);
  const calls: string[] = [];
  page.on('request', (request) => {
    const name = resolverName(request);
    if (name) calls.push(name);
  });
  await page.goto(`/browse/${key}`);
  const panel = panelFrame(page);
  await panel.getByTestId('panel-content').waitFor();
  return { context, page, panel, calls };
}

/** Waits until no write is in flight (the panel's root has aria-busy="false"). */
export async function settled(panel: FrameLocator): Promise<void> {
  await panel.locator('[data-testid="panel-content"][aria-busy="false"]').waitFor();
}

/** Presses a transition button on the sandbox's item page and answers its flag or block message. */
export async function tryTransition(page: Page, key: string, id: string): Promise<'moved' | string> {
  await page.getByTestId(`transition-${key}-${id}`).click();
  const flag = page.getByTestId('flag').filter({ hasText: `${key} moved to` });
  const blocked = page.getByTestId('transition-error');
  await Promise.race([flag.waitFor(), blocked.waitFor()]);
  if (await flag.isVisible()) return 'moved';
  return (await blocked.textContent()) ?? '';
}

/** The panel's iframe as a Playwright Frame, to run script inside it (e.g. a forged bridge call). */
export async function panelFrameHandle(page: Page): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[data-module-key="${PANEL_MODULE}"]`);
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The Shipshape panel iframe has no frame.');
  return frame;
}

/** axe's serious and critical violations inside the panel's frame, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(`iframe[data-module-key="${PANEL_MODULE}"]`).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a gate's checks if the panel shows it collapsed (a gate on no next transition, or one that passes). */
export async function openGate(panel: FrameLocator, gateId: string): Promise<void> {
  const toggle = panel.getByTestId(`toggle-gate-${gateId}`);
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Picks `option` in a ChoiceSelect once Atlaskit's select has replaced its native stand-in (an <input>, not a <select>). */
export async function choose(scope: Pick<FrameLocator, 'locator' | 'getByRole'>, inputId: string, option: string | RegExp): Promise<void> {
  const input = scope.locator(`input#${inputId}`);
  await input.focus();
  await input.press('ArrowDown');
  await scope.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}
