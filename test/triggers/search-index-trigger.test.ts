import { memoryStore } from '../../src/adapters/memory-store';
import { readSearchSummary, SEARCH_PROPERTY_KEY } from '../../src/domain/summary/search-summary';
import { legacyProjectGatesKey } from '../../src/gates/project-keys';
import type { JiraRequest } from '../../src/ports/jira-client';
import { recordsKey } from '../../src/records/records-store';
import { onIssueEvent } from '../../src/triggers/search-index-trigger';
import { adf, fullHandoff, issue, records, subtask } from '../support/builders';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';

const PROJECT = { id: '10000', key: 'ABC', name: 'Checkout' };
const RETRY = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };
const GATES = {
  format: 'shipshape.gates/v1',
  gates: [
    {
      id: 'definition-of-done',
      name: 'Definition of Done',
      appliesTo: { issueTypes: ['Story'] },
      criteria: [
        { id: 'fix-version', kind: 'field-set', field: 'fixVersions' },
        { id: 'subtasks', kind: 'subtasks-done' },
        { id: 'handoff', kind: 'handoff-complete' },
      ],
    },
    { id: 'task-done', name: 'Task done', appliesTo: { issueTypes: ['Sub-task'] }, criteria: [{ id: 'description', kind: 'field-set', field: 'description' }] },
  ],
};

/** A small site: ABC-123 (a Story with sub-task ABC-124), issue properties kept as the app writes them. */
function site(options: { subtaskDone?: boolean; fixVersions?: unknown[]; failPut?: number } = {}) {
  const properties = new Map<string, Record<string, unknown>>();
  const items: Record<string, () => ReturnType<typeof issue>> = {
    '10123': () =>
      issue({
        key: 'ABC-123',
        fields: { project: PROJECT, fixVersions: options.fixVersions ?? [], subtasks: [subtask('ABC-124', options.subtaskDone ? 'Done' : 'In Progress')] },
      }),
    '10124': () =>
      issue({
        key: 'ABC-124',
        type: 'Sub-task',
        status: options.subtaskDone ? 'Done' : 'In Progress',
        fields: { project: PROJECT, description: adf.doc(adf.paragraph(adf.text('Do it.'))), parent: { id: '10123', key: 'ABC-123' } },
      }),
  };
  const jira = recordingJira((request: JiraRequest) => {
    const property = /^\/rest\/api\/3\/issue\/(\d+)\/properties\/(\w+)$/.exec(request.path);
    if (property && request.method === 'PUT') {
      if (options.failPut) return jiraResponse(options.failPut, { errorMessages: ['No'] });
      const [, id = '', key = ''] = property;
      properties.set(id, { ...properties.get(id), [key]: request.body });
      return jiraResponse(200);
    }
    const id = /^\/rest\/api\/3\/issue\/(\d+)$/.exec(request.path)?.[1] ?? '';
    const item = items[id];
    if (!item) return jiraResponse(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] });
    const stored = properties.get(id);
    return jiraResponse(200, stored && request.query?.['properties'] ? { ...item(), properties: stored } : item());
  });
  const store = memoryStore({ [legacyProjectGatesKey('ABC')]: GATES, [recordsKey('10123')]: records({ handoff: fullHandoff() }) });
  const deps = { jira, store, clock: fakeClock(), retry: RETRY };
  const summaryOf = (id: string) => readSearchSummary(properties.get(id)?.[SEARCH_PROPERTY_KEY]);
  const puts = () => jira.requests.filter((r) => r.method === 'PUT');
  return { jira, store, deps, summaryOf, puts };
}
const updated = (id: string, key: string, extra: Record<string, unknown> = {}) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id, key, fields: { project: PROJECT } },
  ...extra,
});

describe('the search index trigger (issue created / updated)', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('writes the summary of a changed item with one Get issue (fields its gates need, the stored summary) and one PUT', async () => {
    const s = site();
    await onIssueEvent(updated('10123', 'ABC-123'), s.deps);
    expect(s.jira.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/rest/api/3/issue/10123'],
      ['PUT', '/rest/api/3/issue/10123/properties/shipshape'],
    ]);
    expect(s.jira.requests[0]?.query).toMatchObject({ properties: 'shipshape', fields: expect.stringContaining('fixVersions') });
    expect(s.summaryOf('10123')).toMatchObject({
      failingGates: ['definition-of-done'],
      failingChecks: ['definition-of-done/fix-version', 'definition-of-done/subtasks'],
      handoff: 'complete',
    });
  });

  it("does not rewrite an unchanged summary, so the app's own write cannot loop", async () => {
    const s = site();
    await onIssueEvent(updated('10123', 'ABC-123'), s.deps);
    await onIssueEvent(updated('10123', 'ABC-123'), s.deps);
    expect(s.puts()).toHaveLength(1);
  });

  it('makes no Jira call for an update none of the gates can see, and one Get issue for one they can', async () => {
    const s = site();
    const changed = (...fieldIds: string[]) => ({
      changelog: { id: '1', items: fieldIds.map((fieldId) => ({ fieldId, field: fieldId, from: null, to: 'x' })) },
    });
    for (const fields of [['summary'], ['assignee', 'priority'], ['comment', 'labels']])
      expect(await onIssueEvent(updated('10123', 'ABC-123', changed(...fields)), s.deps)).toEqual({ ignored: 'no change a search summary reads' });
    expect(s.jira.requests).toHaveLength(0);
    await onIssueEvent(updated('10123', 'ABC-123', changed('summary', 'fixVersions')), s.deps);
    expect(s.jira.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
    // A status (of what may be a sub-task), a work type, a field named only by its display name: each can move a summary.
    for (const items of [[{ fieldId: 'status' }], [{ fieldId: 'issuetype' }], [{ field: 'Fix Version' }]]) {
      const other = site();
      await onIssueEvent(updated('10123', 'ABC-123', { changelog: { items } }), other.deps);
      expect(other.jira.requests.length).toBeGreaterThan(0);
    }
    // A link, when no gate of the project reads links, cannot.
    expect(await onIssueEvent(updated('10123', 'ABC-123', changed('issuelinks')), s.deps)).toEqual({ ignored: 'no change a search summary reads' });
  });

  it('reads a sub-task\'s parent only for a change its "sub-tasks done" can see, and spares the sub-task\'s own read when the event or an earlier read names the parent', async () => {
    const status = { changelog: { items: [{ fieldId: 'status', field: 'status' }] } };
    const subtaskFields = { project: PROJECT, issuetype: { id: '10003', name: 'Sub-task', subtask: true } };
    // A Story's own status: no gate reads it, and a Story is nobody's sub-task.
    const story = site();
    const storyEvent = {
      ...updated('10123', 'ABC-123', status),
      issue: { id: '10123', key: 'ABC-123', fields: { ...subtaskFields, issuetype: { subtask: false } } },
    };
    expect(await onIssueEvent(storyEvent, story.deps)).toEqual({ ignored: 'no change a search summary reads' });
    expect(story.jira.requests).toHaveLength(0);
    // A sub-task's status, the parent named in the event: one Get issue, of the parent.
    const named = site({ subtaskDone: true, fixVersions: [{ id: '10200', name: '2026.12' }] });
    const namedEvent = {
      ...updated('10124', 'ABC-124', status),
      issue: { id: '10124', key: 'ABC-124', fields: { ...subtaskFields, parent: { id: '10123' } } },
    };
    expect(await onIssueEvent(namedEvent, named.deps)).toMatchObject({ refreshed: [{ issueId: '10123', outcome: 'written' }] });
    expect(named.jira.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(['/rest/api/3/issue/10123']);
    expect(named.summaryOf('10123')).toMatchObject({ passingGates: ['definition-of-done'] });
    // Without the parent in the event: the sub-task is read to find it, then the parent.
    const unnamed = site({ subtaskDone: true });
    await onIssueEvent({ ...updated('10124', 'ABC-124', status), issue: { id: '10124', key: 'ABC-124', fields: subtaskFields } }, unnamed.deps);
    expect(unnamed.jira.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(['/rest/api/3/issue/10124', '/rest/api/3/issue/10123']);
    // … and remembered: its next status change reads only the parent.
    unnamed.jira.requests.length = 0;
    await onIssueEvent({ ...updated('10124', 'ABC-124', status), issue: { id: '10124', key: 'ABC-124', fields: subtaskFields } }, unnamed.deps);
    expect(unnamed.jira.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(['/rest/api/3/issue/10123']);
    // A sub-task's description: its own gate reads it, its parent's cannot see it.
    const own = site();
    await onIssueEvent(
      { ...updated('10124', 'ABC-124', { changelog: { items: [{ fieldId: 'description' }] } }), issue: { id: '10124', key: 'ABC-124', fields: subtaskFields } },
      own.deps,
    );
    expect(own.jira.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(['/rest/api/3/issue/10124']);
    // Gates that do not read sub-tasks: a sub-task's status moves nothing.
    const noSubtaskGate = site();
    await noSubtaskGate.store.set(legacyProjectGatesKey('ABC'), {
      ...GATES,
      gates: GATES.gates.map((g) => ({ ...g, criteria: g.criteria.filter((c) => c.kind !== 'subtasks-done') })),
    });
    expect(await onIssueEvent({ ...namedEvent }, noSubtaskGate.deps)).toEqual({ ignored: 'no change a search summary reads' });
  });

  it('ignores events the app caused itself', async () => {
    const s = site();
    expect(await onIssueEvent(updated('10123', 'ABC-123', { selfGenerated: true }), s.deps)).toEqual({ ignored: 'caused by the app itself' });
    expect(s.jira.requests).toHaveLength(0);
  });

  it('reflects Jira field changes: a fix version set', async () => {
    const s = site();
    await onIssueEvent(updated('10123', 'ABC-123'), s.deps);
    const later = site({ fixVersions: [{ id: '10200', name: '2026.12' }] });
    await later.store.set(recordsKey('10123'), records({ handoff: fullHandoff() }));
    await onIssueEvent(updated('10123', 'ABC-123'), later.deps);
    expect(later.summaryOf('10123')?.failingChecks).toEqual(['definition-of-done/subtasks']);
  });

  it('refreshes the parent when a sub-task changes (its "sub-tasks done")', async () => {
    const s = site({ subtaskDone: true, fixVersions: [{ id: '10200', name: '2026.12' }] });
    const result = await onIssueEvent(updated('10124', 'ABC-124'), s.deps);
    expect(result).toMatchObject({
      refreshed: [
        { issueId: '10124', outcome: 'written', parentId: '10123' },
        { issueId: '10123', outcome: 'written' },
      ],
    });
    expect(s.summaryOf('10124')).toMatchObject({ passingGates: ['task-done'], handoff: 'empty' });
    expect(s.summaryOf('10123')).toMatchObject({ passingGates: ['definition-of-done'], failingGates: [] });
  });

  it('skips an item whose records cannot be read, writing nothing', async () => {
    const s = site();
    await s.store.set(recordsKey('10123'), { format: 'wrong' });
    expect(await onIssueEvent(updated('10123', 'ABC-123'), s.deps)).toMatchObject({
      refreshed: [{ issueId: '10123', outcome: { skipped: expect.stringContaining('records cannot be read') } }],
    });
    expect(s.puts()).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('shipshape: search summary of work item 10123 skipped: its records cannot be read'));
  });

  it('never throws: an item Jira does not show, a refused write and a payload that is not an issue event are reported', async () => {
    const s = site({ failPut: 403 });
    expect(await onIssueEvent(updated('10999', 'ABC-999'), s.deps)).toMatchObject({
      refreshed: [{ outcome: { skipped: expect.stringContaining('not found') } }],
    });
    expect(await onIssueEvent(updated('10123', 'ABC-123'), s.deps)).toMatchObject({ refreshed: [{ outcome: { failed: 'Jira answered HTTP 403' } }] });
    expect(await onIssueEvent({ eventType: 'avi:jira:updated:issue' }, s.deps)).toEqual({ ignored: 'not an issue event' });
  });

  it("finds the gate set from Jira's answer when the event names no project", async () => {
    const s = site();
    await onIssueEvent({ eventType: 'avi:jira:created:issue', issue: { id: 10123 } }, s.deps);
    expect(s.jira.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PUT']);
    expect(s.summaryOf('10123')?.failingGates).toEqual(['definition-of-done']);
  });
});
