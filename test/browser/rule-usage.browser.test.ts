/**
 * Workflow rules and the gates they use, in Chromium against the real resolvers:
 *
 * - "in use" comes from Jira's own list of the app's rules (the stand-in's
 *   `GET /rest/api/3/workflow/rule/config`): a rule attached on the rule screen is named on the
 *   project settings page and in the delete warning; once removed, the gate is no longer in use;
 * - a team-managed project's admin who is not a Jira admin (Priya, admin of MOB) configures the
 *   rule on her project's workflow (the rule screen gets `scopedProjectId`), offered MOB's gates
 *   and not Checkout's; on Checkout's company-managed workflow the resolver refuses her.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { ALEX, PRIYA } from '../../sandbox/standin/demo-users';
import { TEAM_TRANSITION, TEAM_WORKFLOW_ID } from '../../sandbox/standin/seed-config';
import { sandboxSuite, type SandboxSession } from './support/sandbox-session';
import { choose } from './support/panel-page';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const SETTINGS = 'shipshape-gates-settings';
const START = '11';
const READY = '21';
const DONE = '31';

async function frameIn(scope: Locator | Page, selector: string, ready: string): Promise<Frame> {
  const element = await scope.locator(selector).first().elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error(`No frame at ${selector}`);
  await frame.waitForSelector(ready);
  return frame;
}

async function settings(page: Page): Promise<Frame> {
  await page.goto('/project-settings');
  return frameIn(page, `iframe[data-module-key="${SETTINGS}"]`, '[data-testid="gate-list"]');
}

async function deleteWarning(frame: Frame, gateId: string): Promise<string> {
  await frame.click(`[data-testid="delete-${gateId}"]`);
  const text = (await frame.textContent('[data-testid="confirm-delete"]')) ?? '';
  return text;
}

/** Add (create) or Edit on a transition: pick the gate by its name in the real rule screen (Atlaskit's select). */
async function chooseGate(page: Page, transitionId: string, entry: 'create' | 'edit', gateName: string): Promise<Frame> {
  await page.getByTestId(`${entry === 'create' ? 'add' : 'edit'}-rule-${transitionId}`).click();
  const dialog = page.getByTestId('rule-dialog');
  const rule = await frameIn(dialog, `[data-testid="rule-${entry}-frame"] iframe`, 'input#gate');
  await choose(rule, 'gate', new RegExp(`^${gateName} — `));
  return rule;
}

const rulesOf = (session: SandboxSession, transitionId: string, workflowId = 'checkout-workflow') =>
  session.sandbox.standIn
    .workflows()
    .find((w) => w.id === workflowId)
    ?.transitions.find((t) => t.id === transitionId)?.rules;

describe('workflow rules and the gates they use', () => {
  const suite = sandboxSuite();

  it('Add with no gate picked asks for one in the rule screen, and picking one clears the request', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await page.goto('/workflow');
    await page.getByTestId(`add-rule-${START}`).click();
    const dialog = page.getByTestId('rule-dialog');
    const rule = await frameIn(dialog, '[data-testid="rule-create-frame"] iframe', 'input#gate');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await rule.waitForSelector('[data-testid="rule-error"]');
    expect(await rule.textContent('[data-testid="rule-error"]')).toContain('Pick the gate this transition requires.');
    await choose(rule, 'gate', /^Ready for QA — /);
    await rule.waitForSelector('[data-testid="rule-error"]', { state: 'detached' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(rulesOf(suite.session, START)).toEqual([]);
    await context.close();
  });

  it("the rule screen speaks the person's language (German), plural forms included", async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId, 'light', 'de-DE');
    await page.goto('/workflow');
    await page.getByTestId(`add-rule-${START}`).click();
    const dialog = page.getByTestId('rule-dialog');
    const rule = await frameIn(dialog, '[data-testid="rule-create-frame"] iframe', 'input#gate');
    expect(await rule.locator('label[for="gate"]').textContent()).toBe('Gate, das dieser Übergang verlangt');
    expect(await rule.getByText('Den Übergang zulassen, wenn Jira nicht erreichbar ist').count()).toBe(1);
    await rule.locator('input#gate').press('ArrowDown');
    const offered = await rule.getByRole('option').allTextContents();
    expect(offered.some((o) => /^Ready for QA — \d+ Kriterien \(/.test(o))).toBe(true);
    await rule.locator('input#gate').press('Escape');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await rule.getByText('Wählen Sie das Gate, das dieser Übergang verlangt.').waitFor();
    await screenshot(page, 'rule-screen-german-light');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('names the rules using a gate from Jira, warns before deleting it, and forgets a removed rule', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    let frame = await settings(page);
    expect(await frame.textContent('[data-testid="used-by-definition-of-done"]')).toBe('Checkout workflow → Done (published)');

    await page.goto('/workflow');
    await chooseGate(page, START, 'create', 'Ready for QA');
    await page.getByTestId('rule-dialog').getByRole('button', { name: 'Add' }).click();
    await page.getByTestId('rule-dialog').waitFor({ state: 'detached' });
    expect(rulesOf(suite.session, START)).toEqual([expect.objectContaining({ configuration: { gateId: 'ready-for-qa', failOpen: false, locale: 'en-US' } })]);

    frame = await settings(page);
    const both = 'Checkout workflow → Start progress (published); Checkout workflow → Ready for QA (published)';
    expect(await frame.textContent('[data-testid="used-by-ready-for-qa"]')).toBe(both);
    // The long line wraps beside the gate's buttons; it does not push them onto a line of their own.
    const box = (testId: string) => frame.$eval(`[data-testid="${testId}"]`, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect((await box('delete-ready-for-qa')).top).toBeLessThan((await box('used-by-ready-for-qa')).bottom);
    expect(await deleteWarning(frame, 'ready-for-qa')).toContain(`Workflow rules name "ready-for-qa": ${both}. Their transitions will be blocked`);
    expect(await frame.$('[data-testid="usage-incomplete"]')).toBeNull();
    await screenshot(page, 'rule-usage-delete-warning-light');
    await frame.click('text=Keep it');

    await page.goto('/workflow');
    for (const id of [START, READY]) {
      await page.getByTestId(`remove-rule-${id}`).click();
      await page.getByTestId(`add-rule-${id}`).waitFor();
    }
    frame = await settings(page);
    expect(await frame.$('[data-testid="used-by-ready-for-qa"]')).toBeNull();
    expect(await frame.textContent('[data-testid="gate-ready-for-qa"]')).toContain('None');
    expect(await deleteWarning(frame, 'ready-for-qa')).toContain('No workflow rule names it.');
    await frame.click('text=Keep it');
    expect(await frame.textContent('[data-testid="used-by-definition-of-done"]')).toContain('Checkout workflow → Done (published)');
    await context.close();
  });

  it('shows the fallback when Jira could not be read, and the rules it cannot read (the answer as getConfig gives it then)', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    const incomplete =
      'Jira\'s workflow rules could not be read (Jira answered HTTP 503), so "in use" shows only the gates chosen on Shipshape\'s rule screen.';
    await page.route('**/__sandbox/invoke', async (route) => {
      const body = route.request().postDataJSON() as { call?: { functionKey?: string } };
      if (body.call?.functionKey !== 'getConfig') return route.continue();
      const answer = (await (await route.fetch()).json()) as { body: { data: Record<string, unknown> } };
      answer.body.data['ruleUsage'] = {
        source: 'remembered',
        byGate: { 'ready-for-qa': [] },
        incomplete,
        unreadable: [{ workflow: 'Legacy workflow', draft: true, transition: { id: '11', name: 'Start' }, problem: '(root): not valid JSON' }],
      };
      await route.fulfill({ json: answer });
    });
    const frame = await settings(page);
    expect(await frame.textContent('[data-testid="usage-incomplete"]')).toBe(incomplete);
    expect(await frame.textContent('[data-testid="usage-unreadable"]')).toContain('Legacy workflow → Start (draft): (root): not valid JSON');
    expect(await frame.textContent('[data-testid="used-by-ready-for-qa"]')).toContain("a rule configured on Shipshape's rule screen");
    expect(await deleteWarning(frame, 'definition-of-done')).toContain('No workflow rule Shipshape could see names it, but the list may be incomplete');
    await screenshot(page, 'rule-usage-fallback-light');
    await page.unroute('**/__sandbox/invoke');
    await context.close();
  });

  it("a team-managed project's admin configures her workflow's rule with her project's gates, and is refused on the company-managed one", async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId, 'dark');
    await page.goto('/workflow');
    await page.getByTestId(`workflow-${TEAM_WORKFLOW_ID}`).waitFor();

    // Checkout's workflow may be shared by many projects: its rule screens show the resolver's refusal.
    const doneView = await frameIn(page.getByTestId(`rule-view-${DONE}`), 'iframe', '[role="alert"]');
    expect(await doneView.textContent('[role="alert"]')).toContain(
      'Only a Jira admin (Administer Jira) may configure Shipshape rules on a workflow that many projects may share',
    );

    const rule = await chooseGate(page, TEAM_TRANSITION.ship, 'create', 'App store release');
    await rule.locator('input#gate').press('ArrowDown');
    const offered = await rule.getByRole('option').allTextContents();
    await rule.locator('input#gate').press('Escape');
    expect(offered).toContain('App store release — 2 criteria (project MOB)');
    expect(offered.filter((o) => o.includes('project ABC'))).toEqual([]);
    await screenshot(page, 'rule-usage-team-managed-create-dark');
    await page.getByTestId('rule-dialog').getByRole('button', { name: 'Add' }).click();
    await page.getByTestId('rule-dialog').waitFor({ state: 'detached' });
    expect(rulesOf(suite.session, TEAM_TRANSITION.ship, TEAM_WORKFLOW_ID)).toEqual([
      expect.objectContaining({ configuration: { gateId: 'app-store-release', failOpen: false, locale: 'en-US' } }),
    ]);
    const summary = page.getByTestId(`rule-view-${TEAM_TRANSITION.ship}`).frameLocator('iframe').getByTestId('rule-summary');
    expect(await summary.textContent()).toBe('Requires App store release — 2 criteria');
    await screenshot(page, 'rule-usage-team-managed-dark');

    // Forged: the company-managed rule screen's context with a project named in the payload is still refused.
    const forged = await page.evaluate(async () => {
      const response = await fetch('/__sandbox/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          moduleKey: 'shipshape-gate',
          functionKey: 'config-resolver',
          call: { functionKey: 'chooseRuleGate', payload: { gateId: 'definition-of-done' } },
          context: { extension: { entryPoint: 'edit', workflowId: 'checkout-workflow' } },
        }),
      });
      return response.json();
    });
    expect(forged).toMatchObject({ ok: true, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    await context.close();
  });
});
