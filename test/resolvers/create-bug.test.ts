import { behaviour, records, verification } from '../support/builders';
import { jiraResponse } from '../support/fakes';
import { validateAdf } from '../support/adf-schema';
import { CAST, dataOf, fakeSite, ITEM, testGates } from './support/fake-site';

const TEXT = 'A removed card is no longer offered';
const start = () =>
  records({
    revision: 3,
    handoff: { expectedBehaviours: [behaviour('b1', 'Returning customer sees their last card'), behaviour('b2', TEXT)], testData: 'Card 4242 4242 4242 4242' },
    verifications: {
      b1: verification('Returning customer sees their last card'),
      b2: { ...verification(TEXT, 'failed'), note: 'Still offered after a refresh' },
    },
  });
const CREATE = '/rest/api/3/issue';
const LINK = '/rest/api/3/issueLink';
const file = (behaviourId = 'b2', revision = 3) => ({ payload: { revision, behaviourId } });

describe('createBug', () => {
  it('files the Bug as QA, in the item’s project, links it (bug blocks item) and records it on the behaviour', async () => {
    const site = fakeSite({ records: start() });
    site.queue(CREATE, jiraResponse(201, { id: '10200', key: 'ABC-200' }));
    site.queue(LINK, jiraResponse(201));
    const data = dataOf(await site.call('createBug', 'quinn', file()));
    const [created, linked] = site.userRequests.filter((r) => r.method === 'POST');
    expect(created).toMatchObject({ as: 'quinn', path: CREATE });
    const fields = (created?.body as { fields: Record<string, unknown> }).fields;
    expect(fields).toMatchObject({ project: { key: 'ABC' }, issuetype: { name: 'Bug' }, summary: `${ITEM.key} failed QA: ${TEXT}` });
    expect(validateAdf(fields['description'])).toEqual([]);
    expect(JSON.stringify(fields['description'])).toContain('Still offered after a refresh');
    expect(JSON.stringify(fields['description'])).toContain('Card 4242');
    expect(linked).toMatchObject({
      as: 'quinn',
      path: LINK,
      body: { type: { name: 'Blocks' }, inwardIssue: { key: 'ABC-200' }, outwardIssue: { key: ITEM.key } },
    });
    const at = new Date(site.clock.now()).toISOString();
    expect((await site.records())?.bugs).toEqual({ b2: { issueId: '10200', key: 'ABC-200', accountId: CAST.quinn.accountId, at } });
    expect(data.activity[0]).toMatchObject({ action: 'bug', target: 'b2', after: 'ABC-200' });
    // The answer is read after the link (the gates count the new bug): a second Get issue.
    expect(site.asApp.requests.filter((r) => r.path === `/rest/api/3/issue/${ITEM.id}`)).toHaveLength(2);
  });

  it('uses the project and link type the gates name', async () => {
    const site = fakeSite({ records: start(), gates: testGates().map((g) => ({ ...g, bugs: { projectKey: 'QA', linkType: 'Relates' } })) });
    site.queue(CREATE, jiraResponse(201, { id: '10201', key: 'QA-7' }));
    site.queue(LINK, jiraResponse(201));
    dataOf(await site.call('createBug', 'quinn', file()));
    const [created, linked] = site.userRequests.filter((r) => r.method === 'POST');
    expect(created?.body).toMatchObject({ fields: { project: { key: 'QA' } } });
    expect(linked?.body).toMatchObject({ type: { name: 'Relates' } });
  });

  it('refuses whoever may not verify, a behaviour that has not failed, a second bug and a stale revision, asking Jira nothing', async () => {
    const site = fakeSite({
      records: { ...start(), bugs: { b2: { issueId: '10200', key: 'ABC-200', accountId: CAST.quinn.accountId, at: '2026-12-01T10:00:00.000Z' } } },
    });
    expect(await site.call('createBug', 'priya', file())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await site.call('createBug', 'quinn', file('b1'))).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'A bug can be filed only from a behaviour QA marked as failed.' },
    });
    expect(await site.call('createBug', 'quinn', file())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This behaviour already has bug ABC-200.' },
    });
    expect(await site.call('createBug', 'quinn', file('b2', 2))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(site.userRequests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('remembers which behaviour the bug came from, for the trigger that follows its status', async () => {
    const site = fakeSite({ records: start() });
    site.queue(CREATE, jiraResponse(201, { id: '10200', key: 'ABC-200' }));
    site.queue(LINK, jiraResponse(201));
    dataOf(await site.call('createBug', 'quinn', file()));
    expect(await site.store.get('bug-of:10200')).toEqual({ issueId: ITEM.id, behaviourId: 'b2' });
  });

  it('files a new bug for a failed retest once the last bug is done, and not before QA verified again', async () => {
    const done = { issueId: '10200', key: 'ABC-200', accountId: CAST.quinn.accountId, at: '2026-12-01T10:00:00.000Z', doneAt: '2026-12-02T10:00:00.000Z' };
    const failedAt = (at: string) => ({ ...start().verifications, b2: { ...verification(TEXT, 'failed'), at, note: 'Still offered on staging' } });
    const before = fakeSite({ records: { ...start(), verifications: failedAt('2026-12-01T09:00:00.000Z'), bugs: { b2: done } } });
    expect(await before.call('createBug', 'quinn', file())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'ABC-200 is done: verify the behaviour again before filing another bug.' },
    });
    const site = fakeSite({ records: { ...start(), verifications: failedAt('2026-12-03T09:00:00.000Z'), bugs: { b2: done } } });
    site.queue(CREATE, jiraResponse(201, { id: '10300', key: 'ABC-300' }));
    site.queue(LINK, jiraResponse(201));
    const data = dataOf(await site.call('createBug', 'quinn', file()));
    expect((await site.records())?.bugs?.['b2']).toMatchObject({ issueId: '10300', key: 'ABC-300' });
    expect((await site.records())?.bugs?.['b2']?.doneAt).toBeUndefined();
    expect(data.handoff.expectedBehaviours[1]).toMatchObject({ state: 'failed', bug: { key: 'ABC-300' } });
  });

  it('says what Jira refused and saves nothing when the Bug is not created; a 500 is not repeated (it may have been created)', async () => {
    const site = fakeSite({ records: start() });
    site.queue(CREATE, jiraResponse(400, { errorMessages: [], errors: { issuetype: 'Specify an issue type' } }));
    expect(await site.call('createBug', 'quinn', file())).toMatchObject({
      ok: false,
      error: {
        code: 'JIRA_ERROR',
        message: 'Jira did not create the bug: issuetype: Specify an issue type. Nothing was saved; try again, or create it in Jira.',
      },
    });
    site.queue(CREATE, jiraResponse(500, { errorMessages: ['Internal server error'] }), jiraResponse(201, { id: '1', key: 'ABC-1' }));
    expect(await site.call('createBug', 'quinn', file())).toMatchObject({ ok: false, error: { code: 'JIRA_ERROR' } });
    expect(site.userRequests.filter((r) => r.path === CREATE)).toHaveLength(2);
    expect((await site.records())?.bugs).toBeUndefined();
  });

  it('keeps a bug Jira created when the link is refused, and says to link it in Jira', async () => {
    const site = fakeSite({ records: start() });
    site.queue(CREATE, jiraResponse(201, { id: '10202', key: 'ABC-202' }));
    site.queue(LINK, jiraResponse(404, { errorMessages: ["No issue link type with name 'Blocks' found."] }));
    expect(await site.call('createBug', 'quinn', file())).toMatchObject({
      ok: false,
      error: { code: 'JIRA_ERROR', message: expect.stringMatching(/^Bug ABC-202 was created and recorded on the behaviour, but Jira did not link it/) },
    });
    expect((await site.records())?.bugs?.['b2']).toMatchObject({ key: 'ABC-202' });
  });
});
