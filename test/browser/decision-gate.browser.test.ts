/**
 * Issue 15's end to end, in the sandbox: a PM links an open DACI decision to ABC-2 in the spec,
 * Emma's Done is blocked by it, the message naming it (Confluence lets her view the spec), and
 * the panel names it with a link to the page; Priya approves it and marks it decided in Confluence in one
 * step, and Emma's Done goes through. The page saves reach the app as Confluence page events.
 */
import { ALEX, EMMA, PRIYA } from '../../sandbox/standin/demo-users';
import { addDecision, configFrame, macroFrame, DACI_MODULE, openFirstSettings, waitForTableText } from './support/daci-page';
import { DONE, openPanel, tryTransition } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const suite = sandboxSuite();
const ITEM = 'ABC-2';
const TITLE = 'Where do we keep card tokens?';

describe('a DACI decision gates the work item it links', () => {
  it('Priya links an open decision to ABC-2 in the spec; a key Jira does not have is refused', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    await page.getByTestId('page-version').filter({ hasText: 'Version 2' }).waitFor();
    await page.getByTestId(`insert-macro-${DACI_MODULE}`).click();
    const config = configFrame(page);
    await config.locator('#table-title').fill('Saved cards: open decisions');
    await addDecision(config, 0, { title: TITLE, driver: ['ale', 'Alex Admin'], approver: ['pri', 'Priya PM'] });
    // A key Jira does not have is refused before saving, named in the decision's place.
    await config.locator('#decision-0-jira').fill(`${ITEM}, ABC-999`);
    await config.getByRole('button', { name: 'Save' }).click();
    await config.getByText('ABC-999 does not exist in Jira, or you may not see it').waitFor();
    expect(await config.getByText('Decision 1: linked work items', { exact: true }).count()).toBe(1);
    await config.locator('#decision-0-jira').fill(ITEM);
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('page-version').filter({ hasText: 'Version 3' }).waitFor();
    await waitForTableText(page, TITLE);
    await context.close();
  });

  it("Emma's Done is blocked by it, and the panel names it with a link to the spec", async () => {
    const { page, panel, context } = await openPanel(suite.session, EMMA.accountId, ITEM);
    const decision = panel.getByTestId('decisions').getByTestId(/^decision-/);
    await decision.getByText(TITLE).waitFor();
    expect(await decision.textContent()).toContain('Not started');
    expect(await decision.textContent()).toContain('Awaiting approval');
    expect(await decision.textContent()).toContain('Approver Priya PM');
    expect(await decision.getByRole('link', { name: 'Checkout: saved cards — spec' }).getAttribute('href')).toMatch(/\/wiki\/spaces\/PROD\/pages\/131073\//);
    const blocked = await tryTransition(page, ITEM, DONE);
    expect(blocked).toContain('Definition of Done: 1 of 10 required checks not met on ABC-2.');
    expect(blocked).toContain(
      `✗ Decisions linked to this work item are settled: 1 linked decision is not settled: '${TITLE}' on 'Checkout: saved cards — spec': not started, Approver Priya PM.`,
    );
    await screenshot(page, 'decision-gate-blocked-light');
    await context.close();
  });

  it('Priya approves it and marks it decided in one step, in Confluence', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    const row = macroFrame(page)
      .getByTestId(/^decision-/)
      .filter({ hasText: TITLE });
    await row.getByRole('button', { name: 'Approve', exact: true }).click();
    await macroFrame(page).getByLabel('Also mark it decided (saves the page as you)').check();
    await macroFrame(page).getByLabel('Outcome: what was decided').fill("In the payment provider's vault, never in our database.");
    await macroFrame(page).getByRole('button', { name: 'Approve and mark decided' }).click();
    await row.getByText("In the payment provider's vault").waitFor();
    await row.locator('[data-testid^="sign-off-"]').getByText('Approved', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('Decided');
    // The page has a new version, saved as Priya.
    await page.reload();
    await page.getByTestId('page-version').filter({ hasText: 'Version 4' }).waitFor();
    await context.close();
  });

  it("Emma's Done goes through", async () => {
    const { page, panel, context } = await openPanel(suite.session, EMMA.accountId, ITEM);
    const decision = panel.getByTestId('decisions').getByTestId(/^decision-/);
    await decision.getByText('Decided').waitFor();
    expect(await decision.textContent()).toContain('Approved');
    expect(await tryTransition(page, ITEM, DONE)).toBe('moved');
    await context.close();
  });

  it('Alex rewords the decided outcome: the row says it changed after the decision, by whom, and the approval is stale', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await page.goto('/wiki');
    const config = await openFirstSettings(page);
    await config.locator('#decision-0-outcome').fill('In our own vault.');
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('macro-config-dialog').waitFor({ state: 'detached' });
    const row = macroFrame(page)
      .getByTestId(/^decision-/)
      .filter({ hasText: TITLE });
    const changed = row.getByTestId(/^history-(?!list)/);
    await changed.waitFor();
    expect(await changed.textContent()).toBe('Changed after decision Outcome changed on the day of the decision by Alex Admin (version 5, now)');
    expect(await row.locator('[data-testid^="sign-off-"]').textContent()).toContain('Changed since approval');
    await row.getByRole('button', { name: 'Show details' }).click();
    expect(
      await macroFrame(page)
        .getByTestId(/^history-list-/)
        .locator('li')
        .count(),
    ).toBe(1);
    await screenshot(page, 'decision-changed-after-decision-light');
    await context.close();
  });
});
