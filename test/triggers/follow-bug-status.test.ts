import { memoryStore } from '../../src/adapters/memory-store';
import { readSearchSummary, SEARCH_PROPERTY_KEY } from '../../src/domain/summary/search-summary';
import { legacyProjectGatesKey } from '../../src/gates/project-keys';
import type { JiraRequest } from '../../src/ports/jira-client';
import { auditKey } from '../../src/records/audit-trail';
import { recordsKey } from '../../src/records/records-store';
import type { ItemRecords } from '../../src/domain/records/records-schema';
import { onIssueEvent } from '../../src/triggers/search-index-trigger';
import { behaviour, issue, records, verification } from '../support/builders';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';

const PROJECT = { id: '10000', key: 'ABC', name: 'Checkout' };
const RETRY = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };
const GATES = {
  format: 'shipshape.gates/v1',
  gates: [{ id: 'dod', name: 'Definition of Done', appliesTo: { issueTypes: ['Story'] }, criteria: [{ id: 'qa', kind: 'behaviours-verified' }] }],
};
const TEXT = 'A removed card is no longer offered';
const FILED = { issueId: '10200', key: 'ABC-200', accountId: 'quinn-account', at: '2026-12-01T10:00:00.000Z' };
const EMMA = '557058:emma';

/** ABC-123 with behaviour b1 failed and bug ABC-200 filed from it; the bug's status is whatever the test sets. */
function site(bug: Partial<typeof FILED> & { doneAt?: string } = {}) {
  let bugStatus: 'In Progress' | 'Done' = 'Done';
  const properties = new Map<string, unknown>();
  const jira = recordingJira((request: JiraRequest) => {
    if (request.method === 'PUT') {
      properties.set(request.path, request.body);
      return jiraResponse(200);
    }
    if (request.path === '/rest/api/3/issue/10200')
      return jiraResponse(200, issue({ key: 'ABC-200', type: 'Bug', status: bugStatus, fields: { project: PROJECT } }));
    if (request.path === '/rest/api/3/issue/10123') return jiraResponse(200, issue({ key: 'ABC-123', fields: { project: PROJECT } }));
    return jiraResponse(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] });
  });
  const start = records({
    revision: 4,
    handoff: { expectedBehaviours: [behaviour('b1', TEXT)] },
    verifications: { b1: { ...verification(TEXT, 'failed'), at: '2026-12-01T09:00:00.000Z' } },
    bugs: { b1: { ...FILED, ...bug } },
  });
  const store = memoryStore({ [legacyProjectGatesKey('ABC')]: GATES, [recordsKey('10123')]: start, 'bug-of:10200': { issueId: '10123', behaviourId: 'b1' } });
  const clock = fakeClock(Date.parse('2026-12-03T09:00:00.000Z'));
  const deps = { jira, store, clock, retry: RETRY };
  const event = (items: unknown[] | undefined = [{ fieldId: 'status', field: 'status' }], extra: Record<string, unknown> = {}) =>
    onIssueEvent(
      {
        eventType: 'avi:jira:updated:issue',
        atlassianId: EMMA,
        issue: { id: '10200', key: 'ABC-200', fields: { project: PROJECT } },
        ...(items ? { changelog: { items } } : {}),
        ...extra,
      },
      deps,
    );
  return {
    jira,
    clock,
    event,
    setBugStatus: (s: typeof bugStatus) => (bugStatus = s),
    records: async () => (await store.get(recordsKey('10123'))) as ItemRecords,
    audit: async () => (await store.get(auditKey('10123'))) as { entries: Array<Record<string, unknown>> } | undefined,
    summary: () => readSearchSummary(properties.get(`/rest/api/3/issue/10123/properties/${SEARCH_PROPERTY_KEY}`)),
  };
}

describe('a bug QA filed reaching done', () => {
  it('turns its behaviour to retest, records who moved it, and JQL counts it', async () => {
    const s = site();
    await s.event();
    const now = new Date(s.clock.now()).toISOString();
    expect((await s.records()).bugs?.['b1']).toEqual({ ...FILED, doneAt: now });
    expect((await s.records()).revision).toBe(5);
    expect((await s.audit())?.entries).toEqual([{ at: now, accountId: EMMA, action: 'bug-done', target: 'b1', before: '', after: 'ABC-200', revision: 5 }]);
    expect(s.summary()?.behaviours).toMatchObject({ failed: 0, retest: 1 });
  });

  it('back out of done, the failure stands again', async () => {
    const s = site({ doneAt: '2026-12-02T10:00:00.000Z' });
    s.setBugStatus('In Progress');
    await s.event();
    expect((await s.records()).bugs?.['b1']).toEqual(FILED);
    expect((await s.audit())?.entries[0]).toMatchObject({ action: 'bug-reopened', after: 'ABC-200' });
    expect(s.summary()?.behaviours).toMatchObject({ failed: 1, retest: 0 });
  });

  it('writes nothing when the bug was already known to be done, or the behaviour names another bug now', async () => {
    const known = site({ doneAt: '2026-12-02T10:00:00.000Z' });
    await known.event();
    expect((await known.records()).revision).toBe(4);
    expect(await known.audit()).toBeUndefined();
    const replaced = site({ issueId: '10300', key: 'ABC-300' });
    await replaced.event();
    expect((await replaced.records()).revision).toBe(4);
  });

  it("asks Jira nothing about the bug's status for a change that is not a status change", async () => {
    const s = site();
    await s.event([{ fieldId: 'summary', field: 'summary' }]);
    expect(s.jira.requests.filter((r) => r.path === '/rest/api/3/issue/10200' && r.query?.['fields'] === 'status')).toEqual([]);
    expect((await s.records()).bugs?.['b1']?.doneAt).toBeUndefined();
  });

  it('follows an event without a changelog, and names nobody when Jira does not say who acted', async () => {
    const s = site();
    await s.event(undefined, { atlassianId: undefined });
    expect((await s.audit())?.entries[0]).toMatchObject({ action: 'bug-done', accountId: 'unknown' });
  });
});
