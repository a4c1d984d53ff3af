/** The panel by keyboard alone (Tab, Enter, Space, Escape; no mouse): edit and save the package, verify a behaviour. */
import { EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { isFocused, tabTo } from './support/panel-keyboard';
import { openPanel, seriousViolations } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();

describe('the issue panel by keyboard', () => {
  it('lets an engineer edit and save the package with Tab, Enter and typing', async () => {
    const { page, panel, context } = await openPanel(suite.session, EMMA.accountId, 'ABC-2');
    await tabTo(page, panel.getByRole('button', { name: 'Edit package' }));
    await page.keyboard.press('Enter');
    const summary = panel.getByLabel('Feature summary');
    await summary.waitFor();
    await page.waitForTimeout(50);
    expect(await isFocused(summary)).toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Works with keyboard only.');

    // On to Save, and press it with Space.
    await tabTo(page, panel.getByRole('button', { name: 'Save package' }));
    await page.keyboard.press('Space');
    await panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    expect(await panel.getByTestId('summary-text').textContent()).toMatch(/Works with keyboard only\.$/);
    // Focus lands on the package's heading, so the next Tab continues from there.
    expect(await isFocused(panel.getByRole('heading', { name: 'QA handoff package' }))).toBe(true);
    await context.close();
  });

  it('lets QA fail a behaviour with a note and then pass it, by keyboard', async () => {
    const { page, panel, context } = await openPanel(suite.session, QUINN.accountId, 'ABC-2', 'dark');
    await tabTo(page, panel.getByRole('button', { name: 'Mark behaviour 1 failed' }));
    await page.keyboard.press('Enter');
    const note = panel.getByLabel('What failed (optional)');
    await note.waitFor();
    expect(await isFocused(note)).toBe(true);
    await page.keyboard.type('The card is saved twice');
    // Next: where it failed, then files, links and the button.
    await page.keyboard.press('Tab');
    expect(await isFocused(panel.getByLabel('Environment or build'))).toBe(true);
    await page.keyboard.type('Staging');
    await tabTo(page, panel.getByRole('button', { name: 'Mark failed' }));
    await page.keyboard.press('Enter');
    await panel.getByTestId('behaviour-b1').and(panel.locator('[data-state="failed"]')).waitFor();
    expect(await panel.getByTestId('verification-b1').textContent()).toMatch(/ · on Staging: “The card is saved twice”$/);
    await screenshot(page, 'issue-panel-keyboard-dark');
    expect(await seriousViolations(page)).toEqual([]); // the open note form too, in dark

    await tabTo(page, panel.getByRole('button', { name: 'Mark behaviour 1 passed' }));
    await page.keyboard.press('Space');
    await panel.getByTestId('behaviour-b1').and(panel.locator('[data-state="passed"]')).waitFor();

    // A form opened by mistake closes with Escape and gives the focus back to the button that opened it.
    await tabTo(page, panel.getByRole('button', { name: 'Mark behaviour 2 failed' }));
    await page.keyboard.press('Enter');
    await panel.getByLabel('What failed (optional)').waitFor();
    await page.keyboard.press('Escape');
    await panel.getByLabel('What failed (optional)').waitFor({ state: 'detached' });
    expect(await panel.getByTestId('behaviour-b2').getAttribute('data-state')).toBe('passed');
    expect(await isFocused(panel.getByRole('button', { name: 'Mark behaviour 2 failed' }))).toBe(true);
    await tabTo(page, panel.getByRole('button', { name: 'Pass behaviour 2 with environment and evidence' }));
    await page.keyboard.press('Enter');
    await panel.getByLabel('Note (optional)').waitFor();
    await page.keyboard.press('Escape');
    await panel.getByLabel('Note (optional)').waitFor({ state: 'detached' });
    expect(await isFocused(panel.getByRole('button', { name: 'Pass behaviour 2 with environment and evidence' }))).toBe(true);
    await context.close();
  });
});
