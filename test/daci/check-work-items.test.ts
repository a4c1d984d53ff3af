import { checkWorkItems } from '../../src/daci/check-work-items';
import { jiraResponse, recordingJira } from '../support/fakes';
import { fakeConfluenceSite } from './support/fake-confluence';
import { table, decision } from './support/decisions';

const KNOWN = {
  'ABC-2': { summary: 'Save cards', status: { name: 'Ready for QA', statusCategory: { key: 'indeterminate' } } },
  'ABC-7': { summary: 'Card picker', status: { name: 'Done', statusCategory: { key: 'done' } } },
};

function setup() {
  const site = fakeConfluenceSite();
  const jira = recordingJira((request) => {
    const keys = (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
    return jiraResponse(200, {
      issues: keys.flatMap((key) => (key in KNOWN ? [{ id: '1', key, fields: KNOWN[key as keyof typeof KNOWN] }] : [])),
      issueErrors: [],
    });
  });
  const run = (payload: unknown, withJira = true) => {
    const { jiraAsUser: _theirs, ...deps } = site.depsFor('priya');
    return checkWorkItems({ ...deps, ...(withJira ? { jiraAsUser: jira } : {}) }, { payload, context: site.context('priya', table(decision('a'))) });
  };
  return { run, jira };
}

describe('checkWorkItems (the DACI settings, before saving)', () => {
  it('answers which linked work items exist, with their status, and which do not, in one Jira call as the editor', async () => {
    const { run, jira } = setup();
    expect(await run({ keys: ['ABC-2', 'ABC-99', 'ABC-7', 'ABC-2'] })).toEqual({
      ok: true,
      data: {
        found: [
          { id: '1', key: 'ABC-2', summary: 'Save cards', status: 'Ready for QA', category: 'indeterminate' },
          { id: '1', key: 'ABC-7', summary: 'Card picker', status: 'Done', category: 'done' },
        ],
        missing: ['ABC-99'],
      },
    });
    expect(jira.requests).toHaveLength(1);
    expect(jira.requests[0]).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/issue/bulkfetch',
      body: { issueIdsOrKeys: ['ABC-2', 'ABC-99', 'ABC-7'], fields: ['summary', 'status'] },
    });
  });

  it('checks up to 500 keys, 100 per bulk fetch, in parallel', async () => {
    const { run, jira } = setup();
    const keys = Array.from({ length: 500 }, (_, n) => `ABC-${n + 1}`);
    expect(await run({ keys })).toMatchObject({ ok: true, data: { missing: keys.filter((k) => k !== 'ABC-2' && k !== 'ABC-7') } });
    expect(jira.requests.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length)).toEqual([100, 100, 100, 100, 100]);
  });

  it('refuses links in a blog post, whose decisions the index does not follow', async () => {
    const site = fakeConfluenceSite();
    const context = site.context('priya', table(decision('a')), { content: { id: '131073', type: 'blogpost' } });
    const refused = { ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/^Decision tables work on Confluence pages only/) } };
    expect(await checkWorkItems(site.depsFor('priya'), { payload: { keys: ['ABC-2'] }, context })).toMatchObject(refused);
    expect(await site.call('getTable', 'priya', { context })).toMatchObject(refused);
  });

  it('refuses what is not a list of keys, and says so when Jira is not there to ask', async () => {
    const { run } = setup();
    expect(await run({ keys: ['abc-1'] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await run({ keys: Array.from({ length: 501 }, (_, n) => `ABC-${n + 1}`) })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await run({ keys: ['ABC-2'] }, false)).toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE' } });
  });
});
