/**
 * The Shipshape issue panel in the sandbox: what it shows, in light and dark, with one backend
 * call, accessibly (axe: no serious or critical violations), and who may change what.
 */
import { EMMA, PRIYA, QUINN, VICTOR } from '../../sandbox/standin/demo-users';
import { seedGatesFile } from '../../sandbox/standin/seed-app-storage';
import { projectGatesKey } from '../../src/gates/project-keys';
import { everShown, openWithAnswerFirst } from './support/early-answer';
import { openGate, openPanel, PANEL_MODULE, panelFrame, panelFrameHandle, seriousViolations } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(90_000);

const suite = sandboxSuite();

describe('the issue panel', () => {
  it.each(['light', 'dark'] as const)('shows gates, the package and activity from one backend call, with no serious axe violations (%s)', async (theme) => {
    const { page, panel, calls, context } = await openPanel(suite.session, QUINN.accountId, 'ABC-10', theme);
    expect(calls).toEqual(['getPanel']);
    expect(await page.locator('html').getAttribute('data-color-mode')).toBe(theme);

    const dod = panel.getByTestId('gate-definition-of-done');
    await dod.getByRole('heading', { name: 'Definition of Done' }).waitFor();
    expect(await dod.getByTestId('gate-progress-definition-of-done').textContent()).toMatch(/^\d+ of \d+ required checks met$/);
    expect(await panel.getByTestId('criterion-definition-of-done-usability-evidence').getAttribute('data-status')).toBe('failed');
    // The gate that blocks comes first; Ready for QA passes: after it, collapsed until asked for.
    expect(await panel.locator('section[data-testid^="gate-"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')))).toEqual([
      'gate-definition-of-done',
      'gate-ready-for-qa',
    ]);
    await panel.getByTestId('toggle-gate-ready-for-qa').click();
    // A tick from more than a week ago: the date and time in the viewer's locale; a recent one is relative ("now", "5 minutes ago").
    expect(await panel.getByTestId('criterion-ready-for-qa-build-available').textContent()).toMatch(
      /Ticked by Emma Engineer (on [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M|\d+ days ago)/,
    );

    expect(await panel.getByTestId('summary-text').textContent()).toContain('Apple Pay');
    await panel.getByRole('link', { name: 'https://staging.shop.example' }).waitFor();
    expect(await panel.getByRole('link', { name: 'https://staging.shop.example' }).getAttribute('rel')).toBe('noopener noreferrer');
    // Risks most severe first.
    expect(await panel.getByTestId('handoff-risks').locator('.ss-lozenge').allTextContents()).toEqual(['High', 'Low']);
    expect(await panel.getByRole('button', { name: 'Mark behaviour 1 passed' }).isVisible()).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `issue-panel-read-${theme}`);
    const iframeHeight = await page.$eval(`iframe[data-module-key="${PANEL_MODULE}"]`, (iframe) => iframe.getBoundingClientRect().height);
    expect(iframeHeight).toBeGreaterThan(1000); // sized to its content, as Forge does
    await context.close();
  });

  it('shows a German viewer the whole panel in German: gates, handoff package, activity', async () => {
    const { panel, page, context } = await openPanel(suite.session, VICTOR.accountId, 'ABC-5', 'light', 'de-DE');
    expect(await panel.getByTestId('panel-summary').textContent()).toContain('2 von 2 Gates blockiert');
    expect(await panel.getByTestId('read-only-notice').textContent()).toContain('Sie können dies lesen, aber nicht ändern');
    expect(await panel.getByRole('heading', { name: 'Gates' }).count()).toBe(1);
    expect(await panel.getByTestId('gate-progress-definition-of-done').textContent()).toBe('8 von 10 Pflichtprüfungen erfüllt');
    expect(await panel.getByTestId('criterion-definition-of-done-fix-version').textContent()).toContain('Nicht erfüllt');
    // The checks' own words come from the backend in the viewer's language too.
    expect(await panel.getByTestId('criterion-definition-of-done-fix-version').textContent()).toContain('ist leer');
    expect(await panel.getByRole('button', { name: 'Erneut prüfen' }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'QA-Übergabepaket' }).count()).toBe(1);
    expect(await panel.getByTestId('handoff-summary').getByRole('heading').textContent()).toBe('Funktionsbeschreibung');
    expect(await panel.getByTestId('handoff-behaviours').getByRole('heading').textContent()).toMatch(/^Erwartete Verhaltensweisen \(\d+ von \d+ bestanden\)$/);
    expect(await panel.getByRole('heading', { name: 'Letzte Aktivitäten' }).count()).toBe(1);
    expect(await panel.getByTestId('handoff-risks').locator('.ss-lozenge').allTextContents()).toEqual(['Mittel']);
    const english = /\b(by|passed|saved|ticked|Untested|Not written yet)\b/;
    expect(await panel.getByTestId('handoff').textContent()).not.toMatch(english);
    expect(await panel.getByTestId('activity').textContent()).not.toMatch(english);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'issue-panel-german-light');
    await context.close();
  });

  it('draws the panel at once, with no spinner, when getPanel is answered before the panel’s code runs; Re-check still asks anew', async () => {
    const { page, context, calls } = await openWithAnswerFirst(suite.session, QUINN.accountId, '/browse/ABC-10', '[data-testid="panel-loading"]');
    const panel = panelFrame(page);
    await panel.getByTestId('panel-content').waitFor();
    expect(await everShown(panel)).toBe(false);
    expect(await panel.getByTestId('summary-text').textContent()).toContain('Apple Pay');
    expect(calls).toEqual(['getPanel']);
    await panel.getByTestId('recheck').click();
    await panel.getByTestId('announcement').filter({ hasText: 'Checked again' }).waitFor();
    expect(calls).toEqual(['getPanel', 'getPanel']);
    await context.close();
  });

  it('shows a viewer the package with no edit, tick or verify controls, and the resolver refuses a forged write', async () => {
    const { page, panel, context } = await openPanel(suite.session, VICTOR.accountId, 'ABC-10');
    await panel.getByTestId('summary-text').waitFor();
    expect(await panel.getByTestId('read-only-notice').textContent()).toContain('You do not have the Edit Issues permission on this work item');
    expect(await panel.getByTestId('edit-handoff').count()).toBe(0);
    expect(await panel.getByRole('checkbox').count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Mark behaviour/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Waive/ }).count()).toBe(0);

    // Victor calls the resolver himself, through the bridge his own frame holds.
    const frame = await panelFrameHandle(page);
    const forged = await frame.evaluate(() =>
      (window as unknown as { __bridge: { callBridge(m: string, p: unknown): Promise<unknown> } }).__bridge.callBridge('invoke', {
        functionKey: 'saveHandoff',
        payload: { revision: 0, handoff: { summary: 'Forged by a viewer' } },
      }),
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const tick = await frame.evaluate(() =>
      (window as unknown as { __bridge: { callBridge(m: string, p: unknown): Promise<unknown> } }).__bridge.callBridge('invoke', {
        functionKey: 'setTick',
        payload: { revision: 0, gateId: 'definition-of-done', criterionId: 'analytics-live', ticked: true },
      }),
    );
    expect(tick).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await panel.getByTestId('recheck').click();
    await panel.getByTestId('announcement').filter({ hasText: 'Checked again' }).waitFor();
    expect(await panel.getByTestId('summary-text').textContent()).not.toContain('Forged');
    expect(await panel.getByTestId('criterion-definition-of-done-analytics-live').getAttribute('data-status')).toBe('failed');
    await screenshot(page, 'issue-panel-viewer-light');
    await context.close();
  });

  it('lets the named approver approve with a comment and withdraw it; others see the approval but no button', async () => {
    // The demo's gates have no approval: add a sign-off by project role Product (Priya) for this test.
    const gates = seedGatesFile();
    gates.gates.push({
      id: 'go-live',
      name: 'Go-live readiness',
      appliesTo: { issueTypes: ['Story'] },
      criteria: [{ id: 'pm-sign-off', kind: 'approval', label: 'Product signs off the rollout', approvers: { projectRoles: ['Product'] } }],
    });
    await suite.session.sandbox.store.set(projectGatesKey('10000'), gates);

    const priya = await openPanel(suite.session, PRIYA.accountId, 'ABC-2');
    // No workflow rule names go-live: it guards none of ABC-2's next transitions, so it is collapsed.
    await openGate(priya.panel, 'go-live');
    const row = priya.panel.getByTestId('criterion-go-live-pm-sign-off');
    await row.getByRole('button', { name: 'Approve: Product signs off the rollout' }).click();
    await row.getByLabel('Approval comment (optional)').fill('Rollout plan looks good');
    await row.getByRole('button', { name: 'Approve', exact: true }).click();
    await row.getByTestId('approval-pm-sign-off').waitFor();
    expect(await row.getByTestId('approval-pm-sign-off').textContent()).toMatch(/^Approved by Priya PM now: “Rollout plan looks good”$/);
    expect(await row.getAttribute('data-status')).toBe('passed');
    await screenshot(priya.page, 'issue-panel-approved-light');
    await priya.context.close();

    const emma = await openPanel(suite.session, EMMA.accountId, 'ABC-2', 'dark');
    await emma.panel.getByTestId('toggle-gate-go-live').click(); // a passing gate starts collapsed
    const seen = emma.panel.getByTestId('criterion-go-live-pm-sign-off');
    expect(await seen.getByTestId('approval-pm-sign-off').textContent()).toContain('Approved by Priya PM');
    expect(await seen.getByRole('button').count()).toBe(0);
    await emma.context.close();

    const again = await openPanel(suite.session, PRIYA.accountId, 'ABC-2');
    await again.panel.getByTestId('toggle-gate-go-live').click();
    await again.panel.getByRole('button', { name: 'Withdraw my approval: Product signs off the rollout' }).click();
    await again.panel.getByTestId('criterion-go-live-pm-sign-off').and(again.panel.locator('[data-status="failed"]')).waitFor();
    expect(await again.panel.getByTestId('approval-pm-sign-off').count()).toBe(0);
    await again.context.close();
  });
});
