/**
 * The Shipshape issue context in the sandbox's item page, as Jira shows it in the right column:
 * collapsed, the label and the dynamic status lozenge ("DoD 8/10") from the dynamicProperties
 * function; expanded, the Custom UI with one backend call. Light and dark, axe, screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { EMMA, QUINN, VICTOR } from '../../sandbox/standin/demo-users';
import { everShown, openWithAnswerFirst } from './support/early-answer';
import { sandboxSuite } from './support/sandbox-session';
import { join } from 'node:path';
import { RESULTS_DIR, screenshot } from './support/screenshot';

jest.setTimeout(90_000);

const MODULE = 'shipshape-context';

const suite = sandboxSuite();

/** The resolvers the issue context's frame invoked through the bridge, in order (other modules' calls left out). */
function recordInvokes(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/__sandbox/invoke') || request.method() !== 'POST') return;
    const body = JSON.parse(request.postData() ?? '{}') as { moduleKey?: string; call?: { functionKey?: string } };
    if (body.moduleKey === MODULE) calls.push(body.call?.functionKey ?? '?');
  });
  return calls;
}

const statusOf = (page: Page) => page.getByTestId(`context-status-${MODULE}`);
const toggle = (page: Page) => page.getByTestId(`issue-context-${MODULE}`).getByRole('button', { name: /Shipshape/ });
const contextFrame = (page: Page): FrameLocator => page.frameLocator(`iframe[data-module-key="${MODULE}"]`);

async function expand(page: Page): Promise<FrameLocator> {
  await toggle(page).click();
  const frame = contextFrame(page);
  await frame.getByTestId('context-content').waitFor();
  return frame;
}

describe('the issue context (compact status)', () => {
  it.each(['light', 'dark'] as const)('shows "DoD 8/10" collapsed on ABC-5 and the gates when expanded, with one backend call (%s)', async (theme) => {
    const { page, context } = await suite.session.openAs(EMMA.accountId, theme);
    const calls = recordInvokes(page);
    await page.goto('/browse/ABC-5');
    await statusOf(page).filter({ hasText: 'DoD 8/10' }).waitFor();
    expect(await statusOf(page).getAttribute('data-appearance')).toBe('inprogress');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    const panel = page.getByTestId(`issue-context-${MODULE}`);
    await panel.screenshot({ path: join(RESULTS_DIR, `issue-context-collapsed-${theme}.png`) });

    const frame = await expand(page);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    const dod = frame.getByTestId('context-gate-definition-of-done');
    expect(await dod.textContent()).toContain('8 of 10 required');
    expect(await dod.getByRole('listitem').allTextContents()).toEqual(['Fix version is set', 'Description says what the work delivers']);
    // The project's set lists the Definition of Done first, so the lozenge names it although Ready for QA fails too.
    const readyForQa = frame.getByTestId('context-gate-ready-for-qa');
    expect(await readyForQa.textContent()).toContain('6 of 7 required');
    expect(await readyForQa.getByRole('listitem').allTextContents()).toEqual(['Description is filled in']);
    expect(await frame.getByTestId('context-handoff').textContent()).toContain('Behaviours verified');
    expect(calls).toEqual(['getPanel']);

    const axe = await new AxeBuilder({ page }).include(`[data-testid="issue-context-${MODULE}"]`).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await screenshot(page, `issue-context-abc5-${theme}`);
    await panel.screenshot({ path: join(RESULTS_DIR, `issue-context-expanded-${theme}.png`) });
    await context.close();
  });

  it("speaks German to a person whose Jira is in German: Forge i18n from the manifest's translations, switched in the sandbox", async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId, 'light', 'de-DE');
    await page.goto('/browse/ABC-5');
    await statusOf(page).filter({ hasText: 'DoD 8/10' }).waitFor();
    expect(await page.getByTestId('locale-switcher').inputValue()).toBe('de-DE');
    const frame = await expand(page);
    const dod = frame.getByTestId('context-gate-definition-of-done');
    expect(await dod.textContent()).toContain('8 von 10 Pflichtprüfungen');
    expect(await dod.textContent()).toContain('Blockiert');
    expect(await dod.getByRole('list').getAttribute('aria-label')).toBe('Nicht erfüllt in Definition of Done');
    expect(await frame.getByRole('button', { name: 'Fix version is set: im Shipshape-Panel zeigen' }).count()).toBe(1);
    expect(await frame.getByTestId('context-handoff').textContent()).toContain('Übergabepaket');
    // The translations come from the __LOCALES__ folder a deploy puts beside the screen.
    expect(await frame.locator('html').evaluate(async () => (await fetch('./__LOCALES__/i18n-info.json')).ok)).toBe(true);
    await screenshot(page, 'issue-context-german-light');
    await context.close();
  });

  it('draws the gates at once, with no loading line, when getPanel is answered before the view’s code runs', async () => {
    const { page, context } = await openWithAnswerFirst(suite.session, EMMA.accountId, '/browse/ABC-5', 'p[role="status"]');
    const calls = recordInvokes(page);
    await statusOf(page).filter({ hasText: 'DoD 8/10' }).waitFor();
    const frame = await expand(page);
    expect(await frame.getByTestId('context-gate-definition-of-done').textContent()).toContain('8 of 10 required');
    expect(await everShown(frame)).toBe(false);
    expect(calls).toEqual(['getPanel']);
    await context.close();
  });

  it('takes a person from a failing check in the context to that check in the panel; without the panel, says how to add it', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await page.goto('/browse/ABC-5');
    const frame = await expand(page);
    const panel = page.frameLocator('iframe[data-module-key="shipshape-panel"]');
    await panel.getByTestId('panel-content').waitFor();
    const check = frame.getByRole('button', { name: 'Fix version is set: show it in the Shipshape panel' });
    await check.click();
    // The check's row stands out and its label has the focus, in the panel's frame.
    const row = panel.locator('[data-testid^="criterion-definition-of-done-"][data-shown]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Fix version is set');
    expect(await row.evaluate((li) => li.contains(li.ownerDocument.activeElement))).toBe(true);
    expect(await frame.getByText('The Shipshape panel is not open').count()).toBe(0);
    await screenshot(page, 'issue-context-shows-check-light');

    // A panel that is not on the page cannot answer: the context says so instead of doing nothing.
    await page.locator('iframe[data-module-key="shipshape-panel"]').evaluate((panelFrame) => panelFrame.remove());
    await check.click();
    await frame.getByRole('status').filter({ hasText: 'The Shipshape panel is not open on this work item. Add it from the Apps button' }).waitFor();
    await context.close();
  });

  it('updates the lozenge once the fields are fixed', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await page.goto('/browse/ABC-5');
    await statusOf(page).filter({ hasText: 'DoD 8/10' }).waitFor();
    await page.getByRole('button', { name: 'Edit fields' }).click();
    await page.getByLabel('Fix versions (comma-separated names)').fill('2026.12');
    await page.getByRole('textbox', { name: 'Description' }).fill('Shoppers see a delivery estimate on the basket page before they pay.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByTestId('field-Fix versions')
      .filter({ hasText: /^2026\.12$/ })
      .waitFor();
    await statusOf(page).filter({ hasText: 'Gates pass' }).waitFor();
    expect(await statusOf(page).getAttribute('data-appearance')).toBe('success');
    await page.getByTestId(`issue-context-${MODULE}`).screenshot({ path: join(RESULTS_DIR, 'issue-context-fixed-light.png') });
    await context.close();
    // Forge gives the status function no locale: it asks Jira for the viewer's profile language,
    // which the sandbox's Language switch sets.
    const german = await suite.session.openAs(EMMA.accountId, 'light', 'de-DE');
    await german.page.goto('/browse/ABC-5');
    await statusOf(german.page).filter({ hasText: 'Gates erfüllt' }).waitFor();
    await german.context.close();
    const english = await suite.session.openAs(EMMA.accountId);
    await english.page.goto('/browse/ABC-5');
    await statusOf(english.page).filter({ hasText: 'Gates pass' }).waitFor();
    await english.context.close();
  });

  it('follows a change made in the panel without another backend call', async () => {
    const { page, context } = await suite.session.openAs(QUINN.accountId);
    const calls = recordInvokes(page);
    await page.goto('/browse/ABC-5');
    const frame = await expand(page);
    const verified = async () => Number(/Behaviours verified (\d+)\//.exec((await frame.getByTestId('context-handoff').textContent()) ?? '')?.[1]);
    const before = await verified();
    const panel = page.frameLocator('iframe[data-module-key="shipshape-panel"]');
    expect(before).toBeGreaterThan(0);
    await panel
      .getByRole('button', { name: /^Clear the result of behaviour \d+$/ })
      .first()
      .click();
    await frame
      .getByTestId('context-handoff')
      .filter({ hasText: `Behaviours verified ${before - 1}/` })
      .waitFor();
    expect(calls).toEqual(['getPanel']);
    await context.close();
  });

  it('shows a viewer who may browse the item the same figures', async () => {
    const { page, context } = await suite.session.openAs(VICTOR.accountId);
    await page.goto('/browse/ABC-12');
    await statusOf(page).waitFor();
    expect(await statusOf(page).textContent()).toMatch(/^[\w -]+ \d+\/\d+$/);
    await context.close();
  });
});
