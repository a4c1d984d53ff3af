/**
 * Issue #17, item 1: QA turn a failed behaviour into a Jira bug from the panel. The stand-in
 * creates the Bug as Quinn and links it; the item's Definition of Done then names it. When Emma
 * puts the bug in Done, the trigger turns the behaviour to retest; Quinn passes it again.
 */
import { EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { PROJECT_ID } from '../../sandbox/standin/seed-config';
import { seedGatesFile } from '../../sandbox/standin/seed-app-storage';
import { projectGatesKey } from '../../src/gates/project-keys';
import { DONE, openPanel, seriousViolations, settled, tryTransition } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();
const KEY = 'ABC-5';
const START_PROGRESS = '11';

interface FiledBug {
  fields: {
    summary: string;
    reporter: { accountId: string };
    issuetype: { name: string };
    issuelinks: Array<{ type: { name: string }; outwardIssue?: { key: string }; inwardIssue?: { key: string } }>;
  };
}

describe('a bug from a failed behaviour', () => {
  it('is filed as QA in one click, named on the behaviour, linked as blocking, and blocks Done while open', async () => {
    const quinn = await openPanel(suite.session, QUINN.accountId, KEY);
    await quinn.panel.getByRole('button', { name: 'Mark behaviour 1 failed' }).click();
    await quinn.panel.getByLabel('What failed (optional)').fill('No date shown for postcode 10115');
    await quinn.panel.getByRole('button', { name: 'Mark failed' }).click();
    await quinn.panel.getByTestId('behaviour-b1').and(quinn.panel.locator('[data-state="failed"]')).waitFor();
    await quinn.panel.getByRole('button', { name: 'Create a Jira bug from behaviour 1' }).click();
    const bug = quinn.panel.getByTestId('bug-b1');
    await bug.waitFor();
    await quinn.panel.getByTestId('announcement').filter({ hasText: 'Bug created from behaviour 1.' }).waitFor();
    const bugKey = /ABC-\d+/.exec((await bug.textContent()) ?? '')?.[0] ?? 'none';
    expect(await bug.getByRole('link', { name: bugKey }).getAttribute('href')).toMatch(new RegExp(`/browse/${bugKey}$`));
    expect(await quinn.panel.getByRole('button', { name: 'Create a Jira bug from behaviour 1' }).count()).toBe(0);
    await quinn.panel.getByTestId('activity').getByText('Quinn QA filed a bug for behaviour 1', { exact: false }).first().waitFor();
    expect(await seriousViolations(quinn.page)).toEqual([]);
    await screenshot(quinn.page, 'issue-panel-bug-filed-light');

    const answer = await quinn.page.request.get(`/rest/api/3/issue/${bugKey}?fields=summary,reporter,issuetype,issuelinks`);
    const filed = (await answer.json()) as FiledBug;
    expect(filed.fields).toMatchObject({ reporter: { accountId: QUINN.accountId }, issuetype: { name: 'Bug' } });
    expect(filed.fields.summary).toMatch(new RegExp(`^${KEY} failed QA: `));
    expect(filed.fields.issuelinks).toEqual([
      expect.objectContaining({ type: expect.objectContaining({ name: 'Blocks' }), outwardIssue: expect.objectContaining({ key: KEY }) }),
    ]);

    expect(await bug.getByText('To Do', { exact: true }).count()).toBe(1);
    await quinn.context.close();

    let emma = await openPanel(suite.session, EMMA.accountId, KEY);
    expect(await tryTransition(emma.page, KEY, DONE)).toContain(`not done: ${bugKey} (To Do)`);
    expect(await emma.panel.getByTestId('criterion-definition-of-done-behaviours-verified').textContent()).toContain(`failed, bug ${bugKey} open`);
    await emma.context.close();

    // Emma fixes the bug and puts it in Done (this team's Definition of Done gates stories only).
    const gates = seedGatesFile();
    await suite.session.sandbox.store.set(projectGatesKey(PROJECT_ID), {
      ...gates,
      gates: gates.gates.map((g) => ({ ...g, appliesTo: { issueTypes: ['Story'] } })),
    });
    const onBug = await openPanel(suite.session, EMMA.accountId, bugKey);
    expect(await tryTransition(onBug.page, bugKey, START_PROGRESS)).toBe('moved');
    expect(await tryTransition(onBug.page, bugKey, DONE)).toBe('moved');
    await onBug.context.close();
    await suite.session.sandbox.standIn.eventsSettled();

    const retest = await openPanel(suite.session, QUINN.accountId, KEY);
    const row = retest.panel.getByTestId('behaviour-b1');
    expect(await row.getAttribute('data-state')).toBe('retest');
    expect(await row.textContent()).toContain(`${bugKey} is done: verify this behaviour again.`);
    expect(await retest.panel.getByTestId('bug-b1').getByText('Done', { exact: true }).count()).toBe(1);
    await retest.panel.getByTestId('activity').getByText(`Emma Engineer moved ${bugKey} to done: behaviour 1 is to be retested`, { exact: false }).waitFor();
    expect(await seriousViolations(retest.page)).toEqual([]);
    await screenshot(retest.page, 'issue-panel-bug-retest-light');
    const search = await retest.page.request.get(`/rest/api/3/search/jql?jql=${encodeURIComponent('shipshapeRetest > 0')}&fields=summary`);
    expect(((await search.json()) as { issues: Array<{ key: string }> }).issues.map((i) => i.key)).toEqual([KEY]);

    // Quinn retests and it passes: the behaviour counts again, and the bug is kept on it.
    await retest.panel.getByRole('button', { name: 'Mark behaviour 1 passed' }).click();
    await settled(retest.panel);
    expect(await row.getAttribute('data-state')).toBe('passed');
    expect(await retest.panel.getByTestId('bug-b1').textContent()).toContain(bugKey);
    await retest.context.close();

    emma = await openPanel(suite.session, EMMA.accountId, KEY);
    const verified = emma.panel.getByTestId('criterion-definition-of-done-behaviours-verified');
    expect(await verified.getAttribute('data-status')).toBe('passed');
    await emma.context.close();
  });
});
