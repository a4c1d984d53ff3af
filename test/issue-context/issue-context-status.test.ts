import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueContextStatus, type IssueContextStatusDeps } from '../../src/issue-context/issue-context-status';
import { memoryStore } from '../../src/adapters/memory-store';
import { legacyProjectGatesKey } from '../../src/gates/project-keys';
import { recordsKey } from '../../src/records/records-store';
import { JIRA_OPERATIONS } from '../../src/jira/jira-operations';
import type { JiraRequest, JiraResponse } from '../../src/ports/jira-client';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { checkCall } from '../support/openapi-contract';
import { bundledWords } from '../../src/adapters/bundled-words';
import { fakeClock, jiraResponse, recordingJira, scriptedJira, type RecordingJira } from '../support/fakes';

const fixture = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', path), 'utf8'));
const FAILING = { issue: fixture('jira/issue-story-failing.json'), records: fixture('records/records-failing.json') };
const READY = { issue: fixture('jira/issue-story-ready.json'), records: fixture('records/records-ready.json') };
const RETRY = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };
const VIEWER = { principal: { accountId: '5b10a2844c20165700ede21g' }, installContext: 'ari:cloud:jira::site/abc' };

/** The payload Jira sends the dynamicProperties function for a work item. */
const payloadFor = (item: { id: string; key: string }) => ({
  cloudId: 'a436116f-02ce-4520-8fbb-7301462a1674',
  extension: {
    type: 'jira:issueContext',
    issue: { id: item.id, key: item.key, type: 'Story', typeId: '10001' },
    project: { id: '10000', key: 'ABC', type: 'software' },
  },
});

const permissions = (browse: boolean) => ({
  permissions: {
    BROWSE_PROJECTS: { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse Projects', type: 'PROJECT', description: 'Browse', havePermission: browse },
  },
});

interface Setup {
  item?: typeof FAILING;
  browse?: boolean;
  asApp?: RecordingJira;
  store?: KeyValueStore;
}

function setup({ item = FAILING, browse = true, asApp, store }: Setup = {}) {
  const jiraAsUser = recordingJira(() => jiraResponse(200, permissions(browse)));
  const jiraAsApp = asApp ?? recordingJira(() => jiraResponse(200, item.issue));
  const deps: IssueContextStatusDeps = {
    jiraAsApp,
    jiraAsUser,
    store: store ?? memoryStore({ [recordsKey(item.issue.id)]: item.records }),
    clock: fakeClock(),
    retry: RETRY,
  };
  return {
    deps,
    jiraAsApp,
    jiraAsUser,
    run: (payload: unknown = payloadFor(item.issue), context: unknown = VIEWER) => issueContextStatus(payload, context, deps),
  };
}

const lozenge = (label: string, type: string) => ({ status: { type: 'lozenge', value: { label, type } } });
const UNAVAILABLE = lozenge('Unavailable', 'default');

describe('the issue context status (dynamicProperties)', () => {
  it('names the first gate that does not pass with its required criteria met, from one Get issue', async () => {
    const { run, jiraAsApp, jiraAsUser } = setup();
    expect(await run()).toEqual(lozenge('Ready for QA 1/7', 'inprogress'));
    expect(jiraAsApp.requests).toHaveLength(1);
    expect(jiraAsApp.requests[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/10140' });
    expect(jiraAsUser.requests).toEqual([
      expect.objectContaining({ path: '/rest/api/3/mypermissions', query: { issueId: '10140', permissions: 'BROWSE_PROJECTS' } }),
    ]);
  });

  it("gives the same status when Forge names no viewer (the documented payload has none): Jira's own payload names the item it shows", async () => {
    const { run, jiraAsApp, jiraAsUser } = setup();
    expect(await run(undefined, { installContext: 'ari:cloud:jira::site/abc' })).toEqual(lozenge('Ready for QA 1/7', 'inprogress'));
    expect(await run(undefined, null)).toEqual(lozenge('Ready for QA 1/7', 'inprogress'));
    expect(jiraAsApp.requests).toHaveLength(2);
    expect(jiraAsUser.requests).toEqual([]);
  });

  it('says "Gates pass" when every applicable gate passes', async () => {
    const gates = [
      { id: 'described', name: 'Described', criteria: [{ id: 'd', kind: 'field-set', field: 'description' }] },
      {
        id: 'dod',
        name: 'Definition of Done',
        criteria: [
          { id: 'subtasks', kind: 'subtasks-done' },
          { id: 'copy', kind: 'manual', label: 'Copy is final', required: false },
        ],
      },
    ];
    const store = memoryStore({ [legacyProjectGatesKey('ABC')]: { format: 'shipshape.gates/v1', gates }, [recordsKey('10123')]: READY.records });
    expect(await setup({ item: READY, store }).run()).toEqual(lozenge('Gates pass', 'success'));
  });

  it('reads the built-in Ready for QA and Definition of Done when neither project nor site has gates', async () => {
    expect(await setup({ item: READY }).run()).toEqual(lozenge('Ready for QA 6/7', 'inprogress'));
  });

  it('counts only the gates that apply to the work type, in the gate set order', async () => {
    const store = memoryStore({
      [legacyProjectGatesKey('ABC')]: {
        format: 'shipshape.gates/v1',
        gates: [
          { id: 'bugs', name: 'Bug triage', appliesTo: { issueTypes: ['Bug'] }, criteria: [{ id: 'sp', kind: 'field-set', field: 'customfield_10016' }] },
          {
            id: 'dod',
            name: 'Definition of Done',
            criteria: [
              { id: 'fv', kind: 'field-set', field: 'fixVersions' },
              { id: 'd', kind: 'field-set', field: 'description' },
              { id: 'opt', kind: 'field-set', field: 'duedate', required: false },
            ],
          },
        ],
      },
      [recordsKey('10140')]: FAILING.records,
    });
    expect(await setup({ store }).run()).toEqual(lozenge('DoD 0/2', 'inprogress'));
  });

  it('says "No gates" when none of the set applies to the item', async () => {
    const store = memoryStore({
      [legacyProjectGatesKey('ABC')]: {
        format: 'shipshape.gates/v1',
        gates: [
          { id: 'bugs', name: 'Bug triage', appliesTo: { issueTypes: ['Bug'] }, criteria: [{ id: 'sp', kind: 'field-set', field: 'customfield_10016' }] },
        ],
      },
    });
    expect(await setup({ store }).run()).toEqual(lozenge('No gates', 'default'));
  });

  it('sends requests that conform to the Jira platform spec', async () => {
    const { run, jiraAsApp, jiraAsUser } = setup();
    await run();
    const sent = [...jiraAsUser.requests, ...jiraAsApp.requests] as JiraRequest[];
    expect(sent.map(({ method, path, query }) => checkCall('jira', { method, path, query: query ?? {} }))).toEqual([
      expect.objectContaining({ ok: true, template: JIRA_OPERATIONS.getMyPermissions.template }),
      expect.objectContaining({ ok: true, template: JIRA_OPERATIONS.getIssue.template }),
    ]);
  });

  it("speaks the viewer's Jira language, asked as the viewer beside the permission (English when Jira hides it)", async () => {
    const as =
      (locale: string | null, browse = true) =>
      (request: JiraRequest) =>
        request.path === '/rest/api/3/myself' ? jiraResponse(200, { accountId: VIEWER.principal.accountId, locale }) : jiraResponse(200, permissions(browse));
    const german = setup();
    german.deps.words = bundledWords;
    german.deps.jiraAsUser = recordingJira(as('de_DE'));
    // A gate's short name is the admin's; only the app's own words change.
    expect(await german.run()).toEqual(lozenge('Ready for QA 1/7', 'inprogress'));
    const sent = (german.deps.jiraAsUser as RecordingJira).requests as JiraRequest[];
    expect(sent.map(({ method, path, query }) => checkCall('jira', { method, path, query: query ?? {} })).every((c) => c.ok)).toBe(true);
    expect(sent.map((r) => r.path).sort()).toEqual(['/rest/api/3/mypermissions', '/rest/api/3/myself']);
    german.deps.store = memoryStore({
      [legacyProjectGatesKey('ABC')]: {
        format: 'shipshape.gates/v1',
        gates: [{ id: 'bugs', name: 'Bug triage', appliesTo: { issueTypes: ['Bug'] }, criteria: [{ id: 'sp', kind: 'manual' }] }],
      },
    });
    expect(await german.run()).toEqual(lozenge('Keine Gates', 'default'));

    const hidden = setup({ browse: false });
    hidden.deps.words = bundledWords;
    hidden.deps.jiraAsUser = recordingJira(as(null, false));
    expect(await hidden.run()).toEqual(UNAVAILABLE);
    hidden.deps.jiraAsUser = recordingJira(as('de_DE', false));
    expect(await hidden.run()).toEqual(lozenge('Nicht verfügbar', 'default'));
  });

  describe('shows the neutral "Unavailable" lozenge and never throws', () => {
    it('when the invocation context is malformed: nothing is read', async () => {
      const { run, jiraAsApp, jiraAsUser } = setup();
      expect(await run(payloadFor(FAILING.issue), { principal: { accountId: 42 } })).toEqual(UNAVAILABLE);
      expect([...jiraAsApp.requests, ...jiraAsUser.requests]).toEqual([]);
    });

    it('when the viewer may not browse the item: the item is never read', async () => {
      const { run, jiraAsApp } = setup({ browse: false });
      expect(await run()).toEqual(UNAVAILABLE);
      expect(jiraAsApp.requests).toEqual([]);
    });

    it.each([
      ['no extension', { cloudId: 'x' }],
      ['an issue id that is not a number', { extension: { issue: { id: '../../myself', key: 'ABC-1' } } }],
      ['no payload', null],
    ])('when the payload has %s', async (_what, payload) => {
      const { run, jiraAsApp, jiraAsUser } = setup();
      expect(await run(payload)).toEqual(UNAVAILABLE);
      expect([...jiraAsApp.requests, ...jiraAsUser.requests]).toEqual([]);
    });

    it('when Jira keeps answering 429 or 5xx, after the bounded retry', async () => {
      const busy = (status: number): JiraResponse => jiraResponse(status, { errorMessages: ['busy'] });
      const asApp = scriptedJira([busy(429), busy(503), busy(500)]);
      expect(await setup({ asApp }).run()).toEqual(UNAVAILABLE);
      expect(asApp.requests).toHaveLength(3);
    });

    it('when the stored gate set is invalid', async () => {
      const store = memoryStore({
        [legacyProjectGatesKey('ABC')]: { format: 'shipshape.gates/v1', gates: [{ id: 'x', name: 'X', criteria: [{ id: 'c', kind: 'field-sett' }] }] },
      });
      const { run, jiraAsApp } = setup({ store });
      expect(await run()).toEqual(UNAVAILABLE);
      expect(jiraAsApp.requests).toEqual([]);
    });

    it('when the stored records are invalid', async () => {
      expect(await setup({ store: memoryStore({ [recordsKey('10140')]: { format: 'nope' } }) }).run()).toEqual(UNAVAILABLE);
    });

    it('when Jira says the item is in another project than the page named', async () => {
      const moved = { ...FAILING.issue, fields: { ...FAILING.issue.fields, project: { ...FAILING.issue.fields.project, id: '10001', key: 'XYZ' } } };
      expect(await setup({ asApp: recordingJira(() => jiraResponse(200, moved)) }).run()).toEqual(UNAVAILABLE);
    });

    it('when storage throws', async () => {
      const broken: KeyValueStore = { ...memoryStore(), get: async () => Promise.reject(new Error('kvs down')) };
      expect(await setup({ store: broken }).run()).toEqual(UNAVAILABLE);
    });
  });
});
