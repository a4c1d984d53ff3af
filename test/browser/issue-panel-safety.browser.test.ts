/**
 * No lost work and nothing unsafe: a conflicting save keeps the person's text, an over-long field
 * is named next to itself, and HTML or script typed into any text field renders as inert text.
 */
import { ALEX, EMMA, PRIYA, QUINN } from '../../sandbox/standin/demo-users';
import { openGate, openPanel, panelFrameHandle } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();

const CONFLICT =
  'Someone else saved this package since you opened it. Nothing was overwritten, and your text is still in the form: merge their changes into it, or show their version beside it.';

describe('the issue panel keeps work and renders text safely', () => {
  it('refuses the second of two overlapping saves, keeps its text in the form, and shows their version on request', async () => {
    const emma = await openPanel(suite.session, EMMA.accountId, 'ABC-5');
    const priya = await openPanel(suite.session, PRIYA.accountId, 'ABC-5', 'dark');
    await emma.panel.getByRole('button', { name: 'Edit package' }).click();
    await priya.panel.getByRole('button', { name: 'Edit package' }).click();

    await emma.panel.getByLabel('Feature summary').fill("Emma's summary: the estimate comes from the carrier service.");
    await emma.panel.getByRole('button', { name: 'Save package' }).click();
    await emma.panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();

    const mine = "Priya's summary: shoppers see when the order arrives before they pay.";
    await priya.panel.getByLabel('Feature summary').fill(mine);
    await priya.panel.getByLabel('Release notes draft').fill('Your order summary now says when it should arrive.');
    await priya.panel.getByRole('button', { name: 'Save package' }).click();
    const refusal = priya.panel.getByTestId('handoff-save-error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('CONFLICT');
    expect(await refusal.textContent()).toContain(CONFLICT);
    expect(await priya.panel.getByLabel('Feature summary').inputValue()).toBe(mine);
    expect(await priya.panel.getByLabel('Release notes draft').inputValue()).toBe('Your order summary now says when it should arrive.');

    await priya.panel.getByRole('button', { name: 'Merge their changes' }).click();
    const theirs = priya.panel.getByTestId('their-version');
    await theirs.waitFor();
    expect(await theirs.getByTestId('summary-text').textContent()).toBe("Emma's summary: the estimate comes from the carrier service.");
    expect(await theirs.getByTestId('their-version-by').textContent()).toMatch(/^Saved by Emma Engineer now\./);
    // Both changed the summary: Priya's words stay; her release notes (Emma left them alone) too.
    expect(await priya.panel.getByTestId('merge-outcome').textContent()).toContain('You both changed Feature summary: your words are kept');
    expect(await priya.panel.getByLabel('Feature summary').inputValue()).toBe(mine);
    expect(await priya.panel.getByLabel('Release notes draft').inputValue()).toBe('Your order summary now says when it should arrive.');
    await screenshot(priya.page, 'issue-panel-conflict-dark');

    await priya.panel.getByRole('button', { name: 'Save package' }).click();
    await priya.panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    expect(await priya.panel.getByTestId('summary-text').textContent()).toBe(mine);
    await emma.context.close();
    await priya.context.close();
  });

  it('names an over-long field next to it and keeps the text', async () => {
    const { panel, context } = await openPanel(suite.session, EMMA.accountId, 'ABC-3');
    await panel.getByRole('button', { name: 'Edit package' }).click();
    const long = 'x'.repeat(10_001);
    await panel.getByLabel('Release notes draft').fill(long);
    expect(await panel.locator('#edit-releaseNotes-character-counter').textContent()).toBe('10,001 / 10,000 — 1 over the limit');
    await panel.getByRole('button', { name: 'Save package' }).click();
    await panel.getByTestId('handoff-save-error').waitFor();
    expect(await panel.getByTestId('handoff-save-error').getAttribute('data-code')).toBe('TOO_LARGE');
    expect(await panel.locator('#edit-releaseNotes-error').textContent()).toBe('Release notes draft is 10,001 characters; the limit is 10,000');
    expect(await panel.getByLabel('Release notes draft').inputValue()).toBe(long);
    await context.close();
  });

  it('shows HTML and script typed into every text field as literal text that never runs', async () => {
    const payload = (where: string) =>
      `${where} <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>\nhttps://example.com/"><script>x</script>`;
    const emma = await openPanel(suite.session, EMMA.accountId, 'ABC-12');
    const p = emma.panel;
    await p.getByRole('button', { name: 'Edit package' }).click();
    await p.getByLabel('Feature summary').fill(payload('summary'));
    await p.getByRole('button', { name: 'Add expected behaviour' }).click();
    await p.getByRole('textbox', { name: 'Expected behaviour 1', exact: true }).fill(payload('behaviour'));
    await p.getByRole('button', { name: 'Add risk area' }).click();
    await p.getByRole('textbox', { name: 'Risk area 1', exact: true }).fill(payload('risk'));
    await p.getByLabel('Test accounts / data setup').fill(payload('test data'));
    await p.getByLabel('Release notes draft').fill(payload('release notes'));
    await p.getByRole('button', { name: 'Save package' }).click();
    await p.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    await emma.context.close();

    const quinn = await openPanel(suite.session, QUINN.accountId, 'ABC-12');
    await quinn.panel.getByRole('button', { name: 'Mark behaviour 1 failed' }).click();
    await quinn.panel.getByLabel('What failed (optional)').fill(payload('note'));
    await quinn.panel.getByRole('button', { name: 'Mark failed' }).click();
    await quinn.panel.getByTestId('verification-b1').waitFor();
    await quinn.context.close();

    const alex = await openPanel(suite.session, ALEX.accountId, 'ABC-12');
    const a = alex.panel;
    // ABC-12's next move is Ready for QA: the Definition of Done is collapsed until asked for.
    await a.getByTestId('gate-guards-definition-of-done').filter({ hasText: "Not on this work item's next transitions" }).waitFor();
    await openGate(a, 'definition-of-done');
    await a.getByRole('button', { name: 'Waive: Analytics events for the new behaviour are firing' }).click();
    await a.getByLabel('Reason for waiving (required)').fill(payload('reason'));
    await a.getByRole('button', { name: 'Waive', exact: true }).click();
    await a.getByTestId('waiver-analytics-live').waitFor();

    const expected = (where: string) => payload(where).trim();
    expect(await a.getByTestId('summary-text').textContent()).toBe(expected('summary'));
    expect(await a.getByTestId('behaviour-text-b1').textContent()).toBe(expected('behaviour'));
    expect(await a.getByTestId('risk-text-r1').textContent()).toBe(expected('risk'));
    expect(await a.getByTestId('test-data-text').textContent()).toBe(expected('test data'));
    expect(await a.getByTestId('release-notes-text').textContent()).toBe(expected('release notes'));
    expect(await a.getByTestId('verification-b1').textContent()).toContain(expected('note'));
    expect(await a.getByTestId('waiver-analytics-live').textContent()).toContain(expected('reason'));

    const frame = await panelFrameHandle(alex.page);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await frame.locator('main img, main script, main b').count()).toBe(0);
    // The address becomes a link that stops at the quote, and nothing after it.
    expect(await a.getByTestId('summary-text').getByRole('link').getAttribute('href')).toBe('https://example.com/');
    await screenshot(alex.page, 'issue-panel-inert-light');
    await alex.context.close();
  });
});
