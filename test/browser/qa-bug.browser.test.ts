/**
 * Issue #17, item 1 (first part): QA turn a failed behaviour into a Jira bug from the panel. The
 * stand-in creates the Bug as Quinn and links it; the item's Definition of Done then names it.
 */
import { EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { DONE, openPanel, seriousViolations, settled, tryTransition } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();
const KEY = 'ABC-5';

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

    // Passing the behaviour again keeps the bug on it; the open bug still blocks Done.
    await quinn.panel.getByRole('button', { name: 'Mark behaviour 1 passed' }).click();
    await settled(quinn.panel);
    expect(await quinn.panel.getByTestId('bug-b1').textContent()).toContain(bugKey);
    await quinn.context.close();

    const emma = await openPanel(suite.session, EMMA.accountId, KEY);
    expect(await tryTransition(emma.page, KEY, DONE)).toContain(`not done: ${bugKey} (To Do)`);
    await emma.context.close();
  });
});
