/**
 * Issue #17: QA's whole verification cycle in the panel. Quinn fails a behaviour on Staging and
 * files a Jira bug from it (created as Quinn, linked, named by the Definition of Done). Emma puts
 * the bug in Done and the trigger turns the behaviour to retest. Quinn passes it again on Staging
 * with a screenshot attached to the item in Jira (as Quinn) and a link; the behaviour's history
 * keeps both results, and the item's Done passes.
 */
import { EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { PROJECT_ID, VERSION } from '../../sandbox/standin/seed-config';
import { seedGatesFile } from '../../sandbox/standin/seed-app-storage';
import { projectGatesKey } from '../../src/gates/project-keys';
import { DONE, openPanel, seriousViolations, settled, tryTransition } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();
const KEY = 'ABC-5';
const START_PROGRESS = '11';
/** A 1×1 PNG: the screenshot Quinn attaches. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface FiledBug {
  fields: {
    summary: string;
    description: unknown;
    reporter: { accountId: string };
    issuetype: { name: string };
    issuelinks: Array<{ type: { name: string }; outwardIssue?: { key: string }; inwardIssue?: { key: string } }>;
  };
}

describe('QA’s verification cycle: fail, bug, fix, retest, pass with evidence', () => {
  it('is filed as QA, blocks Done while open, turns the behaviour to retest when done, and a pass with evidence lets Done through', async () => {
    const quinn = await openPanel(suite.session, QUINN.accountId, KEY);
    await quinn.panel.getByRole('button', { name: 'Mark behaviour 1 failed' }).click();
    await quinn.panel.getByLabel('Environment or build').fill('Staging');
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

    const answer = await quinn.page.request.get(`/rest/api/3/issue/${bugKey}?fields=summary,description,reporter,issuetype,issuelinks`);
    const filed = (await answer.json()) as FiledBug;
    expect(filed.fields).toMatchObject({ reporter: { accountId: QUINN.accountId }, issuetype: { name: 'Bug' } });
    expect(filed.fields.summary).toMatch(new RegExp(`^${KEY} failed QA: `));
    expect(JSON.stringify(filed.fields.description)).toMatch(/"Environment".*"Staging"/);
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

    // Quinn retests on Staging and it passes, with a screenshot and a link as evidence.
    await retest.panel.getByRole('button', { name: 'Pass behaviour 1 with environment and evidence' }).click();
    await retest.panel.getByLabel('Environment or build').fill('Staging');
    await retest.panel.getByTestId('evidence-files-b1').setInputFiles({ name: 'retest-staging.png', mimeType: 'image/png', buffer: PNG });
    await retest.panel.getByLabel('Links, one per line').fill('https://ci.example.com/run/42');
    expect(await seriousViolations(retest.page)).toEqual([]); // the open result form too
    await screenshot(retest.page, 'issue-panel-result-form-light');
    await retest.panel.getByRole('button', { name: 'Mark passed' }).click();
    await row.and(retest.panel.locator('[data-state="passed"]')).waitFor();
    await settled(retest.panel);
    const details = retest.panel.getByTestId('verification-details-b1');
    expect(await details.textContent()).toBe(' · on Staging · retest-staging.png · https://ci.example.com/run/42');
    const file = details.getByRole('link', { name: 'File retest-staging.png' });
    const download = await retest.page.request.get((await file.getAttribute('href')) ?? 'none');
    expect([download.status(), download.headers()['content-type'], Buffer.compare(await download.body(), PNG)]).toEqual([200, 'image/png', 0]);
    expect(await details.getByRole('link', { name: 'https://ci.example.com/run/42' }).getAttribute('rel')).toContain('noopener');
    expect(await retest.panel.getByTestId('bug-b1').textContent()).toContain(bugKey);
    const attached = (await (await retest.page.request.get(`/rest/api/3/issue/${KEY}?fields=attachment`)).json()) as {
      fields: { attachment: Array<{ filename: string; author: { accountId: string } }> };
    };
    expect(attached.fields.attachment.map((a) => [a.filename, a.author.accountId])).toEqual([['retest-staging.png', QUINN.accountId]]);

    await retest.panel.getByRole('button', { name: 'Show every result of behaviour 1' }).click();
    const history = retest.panel.getByTestId('history-b1-result');
    await history.first().waitFor();
    expect(await history.evaluateAll((items) => items.map((i) => [i.getAttribute('data-status'), i.textContent]))).toEqual([
      ['passed', expect.stringMatching(/^Passed by Quinn QA .* · on Staging · retest-staging\.png · https:\/\/ci\.example\.com\/run\/42$/)],
      ['failed', expect.stringMatching(/^Failed by Quinn QA .* · on Staging: “No date shown for postcode 10115”$/)],
    ]);
    expect(await seriousViolations(retest.page)).toEqual([]);
    await screenshot(retest.page, 'issue-panel-retest-evidence-light');
    await retest.context.close();

    emma = await openPanel(suite.session, EMMA.accountId, KEY);
    const verified = emma.panel.getByTestId('criterion-definition-of-done-behaviours-verified');
    expect(await verified.getAttribute('data-status')).toBe('passed');
    // The rest of the Definition of Done is Emma's: the release it ships in and what it delivers.
    const description = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shows the delivery date for a postcode.' }] }],
    };
    const edited = await emma.page.request.put(`/rest/api/3/issue/${KEY}`, { data: { fields: { fixVersions: [{ id: VERSION.v2026_12 }], description } } });
    expect(edited.status()).toBe(204);
    expect(await tryTransition(emma.page, KEY, DONE)).toBe('moved');
    await emma.context.close();
  });
});
