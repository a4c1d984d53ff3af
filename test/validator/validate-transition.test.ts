import { bundledWords } from '../../src/adapters/bundled-words';
import { validateTransition, type ValidatorDeps } from '../../src/validator/validate-transition';
import { memoryStore } from '../../src/adapters/memory-store';
import { VALIDATOR_RETRY_POLICY, type RetryPolicy } from '../../src/jira/retry-policy';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import { issueRequestFor } from '../../src/domain/jira/issue-request';
import type { Gate } from '../../src/domain/gates/gate-schema';
import type { JiraRequest, JiraResponse } from '../../src/ports/jira-client';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { gateEventSchema, type GateEvent } from '../../src/domain/insights/gate-event';
import type { SendGateEvent } from '../../src/ports/gate-event-queue';
import { SEND_WAIT_MS } from '../../src/insights/send-within';
import { fakeClock, jiraResponse, recordingJira, scriptedJira, type FakeClock, type RecordingJira } from '../support/fakes';

// ---------------------------------------------------------------------------------------------
// Realistic IssueBean pieces, shaped as Jira Cloud's GET /rest/api/3/issue/{key} returns them.
// ---------------------------------------------------------------------------------------------

const SITE = 'https://shipshape-test.atlassian.net';
type StatusName = 'To Do' | 'In Progress' | 'Done';

const CATEGORIES = {
  'To Do': { self: `${SITE}/rest/api/3/statuscategory/2`, id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  'In Progress': { self: `${SITE}/rest/api/3/statuscategory/4`, id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  Done: { self: `${SITE}/rest/api/3/statuscategory/3`, id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

function status(name: StatusName) {
  const id = { 'To Do': '10000', 'In Progress': '3', Done: '10001' }[name];
  return { self: `${SITE}/rest/api/3/status/${id}`, description: '', iconUrl: `${SITE}/`, name, id, statusCategory: CATEGORIES[name] };
}

const STORY = {
  self: `${SITE}/rest/api/3/issuetype/10001`,
  id: '10001',
  description: '',
  iconUrl: `${SITE}/story.svg`,
  name: 'Story',
  subtask: false,
  hierarchyLevel: 0,
};
const SUBTASK = {
  self: `${SITE}/rest/api/3/issuetype/10003`,
  id: '10003',
  description: '',
  iconUrl: `${SITE}/subtask.svg`,
  name: 'Sub-task',
  subtask: true,
  hierarchyLevel: -1,
};
const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: `${SITE}/rest/api/3/issueLinkType/10000` };
const RELATES = { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to', self: `${SITE}/rest/api/3/issueLinkType/10003` };

function linked(key: string, id: string, state: StatusName, type = STORY) {
  return {
    id,
    key,
    self: `${SITE}/rest/api/3/issue/${id}`,
    fields: {
      summary: `Work item ${key}`,
      status: status(state),
      priority: { self: `${SITE}/rest/api/3/priority/3`, iconUrl: `${SITE}/medium.svg`, name: 'Medium', id: '3' },
      issuetype: type,
    },
  };
}
const subtask = (key: string, id: string, state: StatusName) => linked(key, id, state, SUBTASK);
const blockedBy = (key: string, id: string, state: StatusName) => ({
  id: `2${id}`,
  self: `${SITE}/rest/api/3/issueLink/2${id}`,
  type: BLOCKS,
  inwardIssue: linked(key, id, state),
});
const blocks = (key: string, id: string, state: StatusName) => ({
  id: `3${id}`,
  self: `${SITE}/rest/api/3/issueLink/3${id}`,
  type: BLOCKS,
  outwardIssue: linked(key, id, state),
});
const relatesTo = (key: string, id: string, state: StatusName) => ({
  id: `4${id}`,
  self: `${SITE}/rest/api/3/issueLink/4${id}`,
  type: RELATES,
  outwardIssue: linked(key, id, state),
});

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const EMPTY_ADF = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'paragraph', content: [] },
    { type: 'paragraph', content: [{ type: 'hardBreak' }] },
  ],
};
const version = (name: string, id: string) => ({
  self: `${SITE}/rest/api/3/version/${id}`,
  id,
  description: '',
  name,
  archived: false,
  released: false,
  releaseDate: '2025-07-01',
});

/** What Jira's `names` expansion calls each field. */
const NAMES: Record<string, string> = {
  issuetype: 'Issue Type',
  summary: 'Summary',
  status: 'Status',
  description: 'Description',
  fixVersions: 'Fix versions',
  labels: 'Labels',
  subtasks: 'Sub-tasks',
  issuelinks: 'Linked Issues',
  assignee: 'Assignee',
  customfield_10020: 'Release train',
};

interface IssueBean {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

function issue(key: string, id: string, fields: Record<string, unknown>): IssueBean {
  return {
    id,
    key,
    fields: {
      summary: `Export invoices as CSV (${key})`,
      status: status('In Progress'),
      issuetype: STORY,
      assignee: { accountId: '5b10a2844c20165700ede21g', displayName: 'Mia Krystof', active: true },
      description: null,
      fixVersions: [],
      labels: [],
      subtasks: [],
      issuelinks: [],
      customfield_10020: null,
      ...fields,
    },
  };
}

/** A Jira site that answers Get issue the way Jira does: only the asked-for fields, `names` only when expanded. */
function jiraSite(...issues: IssueBean[]): RecordingJira {
  return recordingJira((request) => {
    const match = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(request.path);
    const wanted = decodeURIComponent(match?.[1] ?? '');
    const found = request.method === 'GET' ? issues.find((i) => i.key === wanted || i.id === wanted) : undefined;
    if (!found) return jiraResponse(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    const fieldList = (request.query?.['fields'] ?? '').split(',');
    const fields = Object.fromEntries(Object.entries(found.fields).filter(([id]) => fieldList.includes(id)));
    const expand = (request.query?.['expand'] ?? '').split(',');
    return jiraResponse(
      200,
      {
        expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
        id: found.id,
        self: `${SITE}/rest/api/3/issue/${found.id}`,
        key: found.key,
        fields,
        ...(expand.includes('names') ? { names: Object.fromEntries(Object.keys(fields).map((id) => [id, NAMES[id] ?? id])) } : {}),
      },
      { 'Content-Type': 'application/json;charset=UTF-8' },
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Gates, records and the arguments Jira passes to a jira:workflowValidator function.
// ---------------------------------------------------------------------------------------------

const RELEASE_GATE: Gate = {
  id: 'ready-for-release',
  name: 'Ready for release',
  criteria: [
    { id: 'description', kind: 'field-set', field: 'description' },
    { id: 'fix-version', kind: 'field-set', field: 'fixVersions', hint: 'Pick the release this ships in.' },
    { id: 'qa-label', kind: 'labels', require: ['qa-approved'], forbid: ['wip'] },
    { id: 'subtasks', kind: 'subtasks-done' },
    { id: 'blockers', kind: 'links-resolved', linkType: 'Blocks' },
    { id: 'release-notes', kind: 'manual', label: 'Release notes are written' },
    { id: 'demo', kind: 'manual', required: false, label: 'Demo recorded' },
  ],
};
/** The gate's fields, and `project` (a renamed or reused key is checked against it). */
const RELEASE_FIELDS = 'issuetype,description,fixVersions,labels,subtasks,issuelinks,project';

const gatesFile = (...gates: Gate[]) => ({ format: 'shipshape.gates/v1', gates });

const TICK = { accountId: '5b10a2844c20165700ede21g', at: '2025-06-01T10:00:00.000Z' };
const ticked = (gateId: string, ...criterionIds: string[]) => ({
  format: 'shipshape.records/v1',
  gates: { [gateId]: { ticks: Object.fromEntries(criterionIds.map((id) => [id, TICK])) } },
});

/** ABC-123 meets every criterion of RELEASE_GATE (with its records). */
const READY = issue('ABC-123', '10123', {
  description: adf('Lets customers export their invoices as CSV from the billing page.'),
  fixVersions: [version('2.4.0', '10010')],
  labels: ['backend', 'qa-approved'],
  subtasks: [subtask('ABC-124', '10124', 'Done'), subtask('ABC-125', '10125', 'Done')],
  // Done blocker; an open item this one blocks (outward) and an open "relates" link do not count.
  issuelinks: [blockedBy('ABC-90', '10090', 'Done'), blocks('ABC-200', '10200', 'To Do'), relatesTo('ABC-201', '10201', 'In Progress')],
});

/** ABC-7 fails every required criterion of RELEASE_GATE. */
const NOT_READY = issue('ABC-7', '10007', {
  description: EMPTY_ADF,
  fixVersions: [],
  labels: ['wip'],
  subtasks: [subtask('ABC-8', '10008', 'In Progress'), subtask('ABC-9', '10009', 'Done')],
  issuelinks: [blockedBy('ABC-3', '10003', 'To Do')],
});

const NOT_READY_MESSAGE = [
  'Ready for release: 6 of 6 required checks not met on ABC-7.',
  '✗ Description is set: Description is empty. Fix: Fill in Description on the work item.',
  '✗ Fix versions is set: Fix versions is empty. Fix: Pick the release this ships in.',
  '✗ Labels include "qa-approved" and exclude "wip": Missing label "qa-approved"; has label "wip" that must be removed. Fix: Edit the Labels field on the work item.',
  '✗ All sub-tasks are done: 1 sub-task not done: ABC-8 (In Progress). Fix: Finish or close the open sub-tasks, then try again.',
  '✗ Work items linked by "Blocks" are done: 1 work item linked as "is blocked by" not done: ABC-3 (To Do). Fix: Resolve the work items linked by "Blocks" or remove links that no longer apply.',
  '✗ Release notes are written: Not ticked yet. Fix: Tick this item in the Shipshape panel on the work item once it is true.',
  'Open the Shipshape panel on the work item to see every check, then try the transition again.',
].join('\n');

function validatorArgs(key: string, configuration: unknown, modifiedFields?: Record<string, unknown> | null) {
  return {
    issue: { key },
    configuration,
    transition: { from: { id: '3' }, to: { id: '10001' }, ...(modifiedFields === undefined ? {} : { modifiedFields }) },
  };
}

const ADMIN_FIX = 'A Jira admin should edit this transition\'s "Shipshape gate" rule in the workflow editor and choose a gate.';
const noAccess = (detail: string) =>
  `Shipshape cannot check this transition: ${detail}. A Jira admin should make sure the Shipshape app can browse this project.`;
const couldNotRun = (detail: string) =>
  `Shipshape could not check this transition right now (${detail}). Nothing was changed: try the transition again in a minute.`;

/** A store that records the keys read, over a memory store seeded with the release gate and READY's records. */
function seededStore(extra: Record<string, unknown> = {}) {
  const inner = memoryStore({
    'gates:project:ABC': gatesFile(RELEASE_GATE),
    'records:10123': ticked('ready-for-release', 'release-notes'),
    ...extra,
  });
  const reads: string[] = [];
  const store: KeyValueStore = { ...inner, get: (key) => (reads.push(key), inner.get(key)) };
  return { store, reads };
}

function deps(jira: RecordingJira, store: KeyValueStore, clock: FakeClock = fakeClock(), retry: RetryPolicy = VALIDATOR_RETRY_POLICY): ValidatorDeps {
  return { jira, store, clock, retry, words: bundledWords };
}

const only = (jira: RecordingJira): JiraRequest => {
  expect(jira.requests).toHaveLength(1);
  return jira.requests[0]!;
};

// ---------------------------------------------------------------------------------------------

const jsonError = (text: string) => {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('validateTransition: evaluating the gate', () => {
  it("lets a ready item through after one Get issue asking only for the gate's fields", async () => {
    const jira = jiraSite(READY, NOT_READY);
    const { store, reads } = seededStore();
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }), deps(jira, store));
    expect(result).toStrictEqual({ result: true });
    const request = only(jira);
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/rest/api/3/issue/ABC-123');
    expect(request.query).toEqual({ fields: RELEASE_FIELDS, expand: 'names' });
    expect(request.body).toBeUndefined();
    expect(reads.sort()).toEqual(['gates:project:ABC', 'gates:site', 'project-key:ABC', 'records:10123']);
  });

  it('blocks a failing item with one line per failing required criterion, then where to fix it', async () => {
    const jira = jiraSite(READY, NOT_READY);
    const result = await validateTransition(validatorArgs('ABC-7', { gateId: 'ready-for-release' }), deps(jira, seededStore().store));
    expect(result).toEqual({ result: false, errorMessage: NOT_READY_MESSAGE });
    expect(only(jira).query).toEqual({ fields: RELEASE_FIELDS, expand: 'names' });
  });

  it('lists only the criteria that fail, and counts the required ones', async () => {
    const almost = issue('ABC-8', '10008', { ...READY.fields, labels: ['qa-approved', 'wip'] });
    const jira = jiraSite(almost);
    const { store } = seededStore({ 'records:10008': ticked('ready-for-release', 'release-notes') });
    const result = await validateTransition(validatorArgs('ABC-8', { gateId: 'ready-for-release' }), deps(jira, store));
    expect(result.result).toBe(false);
    expect(result.errorMessage!.split('\n')).toEqual([
      'Ready for release: 1 of 6 required checks not met on ABC-8.',
      '✗ Labels include "qa-approved" and exclude "wip": Has label "wip" that must be removed. Fix: Edit the Labels field on the work item.',
      'Open the Shipshape panel on the work item to see every check, then try the transition again.',
    ]);
    expect(jira.requests).toHaveLength(1);
  });

  it('does not ask for names when the gate has no field-set criterion', async () => {
    const gate: Gate = { id: 'qa-labels', name: 'QA labels', criteria: [{ id: 'qa', kind: 'labels', require: ['qa-approved'] }] };
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'gates:site': gatesFile(gate) });
    expect(await validateTransition(validatorArgs('ABC-123', { gateId: 'qa-labels' }), deps(jira, store))).toStrictEqual({ result: true });
    expect(only(jira).query).toEqual({ fields: 'issuetype,labels,project' });
  });

  it("asks only for the work type when every criterion is about the app's records", async () => {
    const gate: Gate = { id: 'sign-off', name: 'Sign-off', criteria: [{ id: 'release-notes', kind: 'manual' }] };
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'gates:project:ABC': gatesFile(gate), 'records:10123': ticked('sign-off', 'release-notes') });
    expect(await validateTransition(validatorArgs('ABC-123', { gateId: 'sign-off' }), deps(jira, store))).toStrictEqual({ result: true });
    expect(only(jira).query).toEqual({ fields: 'issuetype,project' });
  });

  it('resolves a built-in template by id', async () => {
    const template = BUILT_IN_TEMPLATES.find((g) => g.id === 'definition-of-done')!;
    expect(template).toBeDefined();
    const want = issueRequestFor([template]);
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'definition-of-done' }), deps(jira, memoryStore()));
    const request = only(jira);
    expect(request.query).toEqual({ fields: [...want.fields, 'project'].join(','), ...(want.expand.length ? { expand: want.expand.join(',') } : {}) });
    expect(request.query!['fields']!.split(',')[0]).toBe('issuetype');
    // With no records at all, a template's person-confirmed checks cannot be met.
    expect(result.result).toBe(false);
    const lines = result.errorMessage!.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${template.name}: \\d+ of \\d+ required checks? not met on ABC-123\\.$`));
    expect(lines.slice(1, -1).every((line) => line.startsWith('✗ '))).toBe(true);
    expect(lines.at(-1)).toBe('Open the Shipshape panel on the work item to see every check, then try the transition again.');
  });

  it('lets an item through when the gate does not apply to its work type', async () => {
    const gate: Gate = { ...RELEASE_GATE, id: 'bugs-only', appliesTo: { issueTypes: ['Bug'] } };
    const jira = jiraSite(NOT_READY);
    const { store } = seededStore({ 'gates:project:ABC': gatesFile(gate) });
    expect(await validateTransition(validatorArgs('ABC-7', { gateId: 'bugs-only' }), deps(jira, store))).toStrictEqual({ result: true });
    expect(only(jira).query!['fields']).toBe(RELEASE_FIELDS);
  });

  it("reads the records by the item's id, not its key", async () => {
    const jira = jiraSite(READY);
    const { store, reads } = seededStore({ 'records:ABC-123': ticked('ready-for-release', 'release-notes') });
    await store.delete('records:10123');
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }), deps(jira, store));
    expect(result.errorMessage!.split('\n')).toEqual([
      'Ready for release: 1 of 6 required checks not met on ABC-123.',
      '✗ Release notes are written: Not ticked yet. Fix: Tick this item in the Shipshape panel on the work item once it is true.',
      'Open the Shipshape panel on the work item to see every check, then try the transition again.',
    ]);
    expect(reads).toContain('records:10123');
    expect(reads).not.toContain('records:ABC-123');
    expect(jira.requests).toHaveLength(1);
  });

  it('ignores ticks recorded for another gate', async () => {
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'records:10123': ticked('other-gate', 'release-notes') });
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }), deps(jira, store));
    expect(result.result).toBe(false);
    expect(result.errorMessage).toContain('✗ Release notes are written: Not ticked yet.');
  });

  it('accepts the configuration as the JSON string onConfigure returned', async () => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', JSON.stringify({ gateId: 'ready-for-release' })), deps(jira, seededStore().store));
    expect(result).toStrictEqual({ result: true });
    expect(jira.requests).toHaveLength(1);
  });

  it('ignores unknown configuration properties', async () => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release', savedBy: 'config-ui/2' }), deps(jira, seededStore().store));
    expect(result).toStrictEqual({ result: true });
  });

  it('keeps a very long message within the cap', async () => {
    const many: Gate = {
      id: 'many',
      name: 'Many fields',
      criteria: Array.from({ length: 60 }, (_, i) => ({ id: `f${i}`, kind: 'field-set' as const, field: `customfield_${10100 + i}`, hint: 'x'.repeat(200) })),
    };
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'gates:project:ABC': gatesFile(many) });
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'many' }), deps(jira, store));
    expect(result.result).toBe(false);
    expect(result.errorMessage).toHaveLength(3000);
    expect(result.errorMessage!.startsWith('Many fields: 60 of 60 required checks not met on ABC-123.\n✗ ')).toBe(true);
    expect(result.errorMessage!.endsWith('…')).toBe(true);
    expect(jira.requests).toHaveLength(1);
  });
});

describe('validateTransition: fields changed on the transition screen', () => {
  /** Everything right except what the transition screen can set. */
  const SCREEN = issue('ABC-55', '10055', {
    description: null,
    fixVersions: [],
    labels: ['wip'],
    subtasks: [subtask('ABC-56', '10056', 'Done')],
    issuelinks: [],
  });
  const store = () => seededStore({ 'records:10055': ticked('ready-for-release', 'release-notes') }).store;

  it('counts description, fix versions and labels set on the screen', async () => {
    const jira = jiraSite(SCREEN);
    const modified = {
      description: adf('Completely new description'),
      fixVersions: [version('2.4.0', '10010')],
      labels: ['qa-approved'],
      customfield_10099: 'not asked for, not used',
    };
    const result = await validateTransition(validatorArgs('ABC-55', { gateId: 'ready-for-release' }, modified), deps(jira, store()));
    expect(result).toStrictEqual({ result: true });
    expect(only(jira).query).toEqual({ fields: RELEASE_FIELDS, expand: 'names' });
  });

  it('blocks on what the screen did not fix', async () => {
    const jira = jiraSite(SCREEN);
    const result = await validateTransition(
      validatorArgs('ABC-55', { gateId: 'ready-for-release' }, { fixVersions: [version('2.4.0', '10010')] }),
      deps(jira, store()),
    );
    expect(result.errorMessage!.split('\n')).toEqual([
      'Ready for release: 2 of 6 required checks not met on ABC-55.',
      '✗ Description is set: Description is empty. Fix: Fill in Description on the work item.',
      '✗ Labels include "qa-approved" and exclude "wip": Missing label "qa-approved"; has label "wip" that must be removed. Fix: Edit the Labels field on the work item.',
      'Open the Shipshape panel on the work item to see every check, then try the transition again.',
    ]);
    expect(jira.requests).toHaveLength(1);
  });

  it('counts a field cleared on the screen (Jira sends null) as empty', async () => {
    const jira = jiraSite(READY);
    const result = await validateTransition(
      validatorArgs('ABC-123', { gateId: 'ready-for-release' }, { description: null, labels: null }),
      deps(jira, seededStore().store),
    );
    expect(result.errorMessage!.split('\n')).toEqual([
      'Ready for release: 2 of 6 required checks not met on ABC-123.',
      '✗ Description is set: Description is empty. Fix: Fill in Description on the work item.',
      '✗ Labels include "qa-approved" and exclude "wip": Missing label "qa-approved". Fix: Edit the Labels field on the work item.',
      'Open the Shipshape panel on the work item to see every check, then try the transition again.',
    ]);
  });

  it('counts a custom field set on the screen', async () => {
    const gate: Gate = { id: 'train', name: 'Release train', criteria: [{ id: 'train', kind: 'field-set', field: 'customfield_10020' }] };
    const { store: s } = seededStore({ 'gates:project:ABC': gatesFile(gate) });
    const option = { self: `${SITE}/rest/api/3/customFieldOption/10001`, value: 'Spring', id: '10001' };

    const blocked = await validateTransition(validatorArgs('ABC-123', { gateId: 'train' }), deps(jiraSite(READY), s));
    expect(blocked.errorMessage!.split('\n')[1]).toBe('✗ Release train is set: Release train is empty. Fix: Fill in Release train on the work item.');

    const jira = jiraSite(READY);
    expect(await validateTransition(validatorArgs('ABC-123', { gateId: 'train' }, { customfield_10020: option }), deps(jira, s))).toStrictEqual({
      result: true,
    });
    expect(only(jira).query).toEqual({ fields: 'issuetype,customfield_10020,project', expand: 'names' });
  });

  it('ignores sub-tasks and issue links sent in modifiedFields', async () => {
    const jira = jiraSite(NOT_READY);
    const { store: s } = seededStore({ 'records:10007': ticked('ready-for-release', 'release-notes') });
    const modified = {
      description: adf('Now described'),
      fixVersions: [version('2.4.0', '10010')],
      labels: ['qa-approved'],
      subtasks: [],
      issuelinks: [],
    };
    const result = await validateTransition(validatorArgs('ABC-7', { gateId: 'ready-for-release' }, modified), deps(jira, s));
    expect(result.errorMessage!.split('\n')).toEqual([
      'Ready for release: 2 of 6 required checks not met on ABC-7.',
      '✗ All sub-tasks are done: 1 sub-task not done: ABC-8 (In Progress). Fix: Finish or close the open sub-tasks, then try again.',
      '✗ Work items linked by "Blocks" are done: 1 work item linked as "is blocked by" not done: ABC-3 (To Do). Fix: Resolve the work items linked by "Blocks" or remove links that no longer apply.',
      'Open the Shipshape panel on the work item to see every check, then try the transition again.',
    ]);
  });

  it('does not let a link added on the screen, in its own shape, break the check', async () => {
    const jira = jiraSite(READY);
    const modified = { issuelinks: [{ type: { name: 'Blocks' }, inwardIssue: { key: 'ABC-3' } }], subtasks: 'weird' };
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }, modified), deps(jira, seededStore().store));
    expect(result).toStrictEqual({ result: true });
  });

  it.each([null, {}])('treats modifiedFields %j as no change', async (modified) => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }, modified), deps(jira, seededStore().store));
    expect(result).toStrictEqual({ result: true });
  });
});

describe('validateTransition: a rule that is not set up right', () => {
  it.each<[string, unknown]>([
    ['no configuration', undefined],
    ['null', null],
    ['an empty object', {}],
    ['an empty JSON object string', '{}'],
    ['an empty string', ''],
  ])(
    'tells the admin to add the rule again in the new workflow editor, naming the gates to choose, when the configuration is %s',
    async (_what, configuration) => {
      const jira = jiraSite(READY);
      const result = await validateTransition(validatorArgs('ABC-123', configuration), deps(jira, memoryStore()));
      expect(result.result).toBe(false);
      expect(result.errorMessage).toMatch(
        /^This transition's "Shipshape gate" rule has no gate chosen, so Shipshape blocks it\. A rule added in Jira's old workflow editor has no settings: /,
      );
      expect(result.errorMessage).toContain(
        'add it again in the new workflow editor (select the transition → Rules → Add rule → "Shipshape gate") and choose a gate',
      );
      expect(result.errorMessage).toMatch(/for example Ready for QA \(ready-for-qa\), Definition of Done \(definition-of-done\)\.$/);
      expect(jira.requests).toHaveLength(0);
    },
  );

  it.each<[string, unknown, string]>([
    ['an unparseable string', 'gateId=ready-for-release', `(root): is not valid JSON (${jsonError('gateId=ready-for-release')})`],
    ['a gate id that is not a slug', { gateId: 'Ready For Release' }, 'gateId: must be an id: 1–64 characters a–z, 0–9 or "-"'],
    ['a JSON string with a path for a gate id', '{"gateId":"../gates/site"}', 'gateId: must be an id: 1–64 characters a–z, 0–9 or "-"'],
    ['an empty gate id', { gateId: '' }, 'gateId: must be an id: 1–64 characters a–z, 0–9 or "-"'],
  ])('blocks with a message for the admin when the configuration is %s', async (_what, configuration, detail) => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', configuration), deps(jira, seededStore().store));
    expect(result).toEqual({ result: false, errorMessage: `Shipshape gate is not set up correctly on this transition (${detail}). ${ADMIN_FIX}` });
    expect(jira.requests).toHaveLength(0);
  });

  it.each<[string, unknown, RegExp]>([
    ['a numeric gate id', { gateId: 42 }, /\(gateId: must be text\)/],
    ['only failOpen', { failOpen: true }, /\(gateId: is required\)/],
    ['a failOpen that is not a boolean', { gateId: 'ready-for-release', failOpen: 'yes' }, /\(failOpen: must be yes or no\)/],
    ['a list', ['ready-for-release'], /^Shipshape gate is not set up correctly on this transition \(/],
    ['a number', 7, /^Shipshape gate is not set up correctly on this transition \(/],
  ])('blocks with a message for the admin when the configuration is %s', async (_what, configuration, pattern) => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', configuration), deps(jira, seededStore().store));
    expect(result.result).toBe(false);
    expect(result.errorMessage).toMatch(/^Shipshape gate is not set up correctly on this transition \(.+\)\. A Jira admin should edit/);
    expect(result.errorMessage).toMatch(pattern);
    expect(result.errorMessage!.endsWith(ADMIN_FIX)).toBe(true);
    expect(jira.requests).toHaveLength(0);
  });

  it('blocks when the gate exists nowhere', async () => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'no-such-gate' }), deps(jira, seededStore().store));
    expect(result).toEqual({
      result: false,
      errorMessage: `Shipshape could not load the gate for this transition: No gate "no-such-gate" exists for project ABC, this site or the built-in templates. ${ADMIN_FIX}`,
    });
    expect(jira.requests).toHaveLength(0);
  });

  it('does not find a gate stored for another project', async () => {
    const jira = jiraSite(issue('XYZ-1', '20001', {}));
    const result = await validateTransition(validatorArgs('XYZ-1', { gateId: 'ready-for-release' }), deps(jira, seededStore().store));
    expect(result.errorMessage).toBe(
      `Shipshape could not load the gate for this transition: No gate "ready-for-release" exists for project XYZ, this site or the built-in templates. ${ADMIN_FIX}`,
    );
  });

  it('blocks on a corrupted stored gates file instead of falling back to the built-in template', async () => {
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'gates:project:ABC': { format: 'shipshape.gates/v0', gates: [] } });
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'definition-of-done' }), deps(jira, store));
    expect(result).toEqual({
      result: false,
      errorMessage:
        'Shipshape could not load the gate for this transition: The gates Shipshape keeps for project ABC are damaged: ' +
        `format: must be "shipshape.gates/v1". ${ADMIN_FIX}`,
    });
    expect(jira.requests).toHaveLength(0);
  });

  it('blocks on a corrupted stored site file, even with failOpen', async () => {
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'gates:site': 'not a gates file' });
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'definition-of-done', failOpen: true }), deps(jira, store));
    expect(result.result).toBe(false);
    expect(result.errorMessage).toMatch(/^Shipshape could not load the gate for this transition: The gates Shipshape keeps for this site are damaged/);
  });

  it.each([
    ['an unknown format', { format: 'shipshape.records/v0' }],
    ['a bad tick', { format: 'shipshape.records/v1', gates: { 'ready-for-release': { ticks: { 'release-notes': { accountId: '', at: 'yesterday' } } } } }],
    ['a string', 'garbage'],
  ])('blocks on corrupted records (%s), even with failOpen', async (_what, records) => {
    const jira = jiraSite(READY);
    const { store } = seededStore({ 'records:10123': records });
    const result = await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release', failOpen: true }), deps(jira, store));
    expect(result).toEqual({
      result: false,
      errorMessage: "Shipshape's records for ABC-123 could not be read, so its gate cannot be checked. Tell your Jira admin; the records may need repair.",
    });
    expect(jira.requests).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['no issue', { configuration: { gateId: 'ready-for-release' } }],
    ['an empty key', { issue: { key: '' }, configuration: { gateId: 'ready-for-release' } }],
  ])('blocks when the arguments hold %s', async (_what, args) => {
    const jira = jiraSite(READY);
    expect(await validateTransition(args, deps(jira, seededStore().store))).toEqual({
      result: false,
      errorMessage: 'Shipshape could not read the transition it was asked to check. Try again; if it keeps happening, tell your Jira admin.',
    });
    expect(jira.requests).toHaveLength(0);
  });
});

describe('validateTransition: screen changes Jira sends in an unexpected shape', () => {
  it('ignores modifiedFields that are not an object and still checks the item', async () => {
    const jira = jiraSite(READY);
    const args = { issue: { key: 'ABC-123' }, configuration: { gateId: 'ready-for-release' }, transition: { modifiedFields: 'x' } };
    expect(await validateTransition(args, deps(jira, seededStore().store))).toEqual({ result: true });
    expect(jira.requests).toHaveLength(1);
  });
});

describe('validateTransition: when the check cannot run', () => {
  const config = { gateId: 'ready-for-release' };
  const failOpen = { gateId: 'ready-for-release', failOpen: true };
  const readyBody = () => jiraResponse(200, { id: READY.id, key: READY.key, fields: READY.fields });

  it('retries a 503 and blocks, saying the check could not run, when Jira stays down', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(503), jiraResponse(503), jiraResponse(503)]);
    const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store, clock));
    expect(result).toEqual({ result: false, errorMessage: couldNotRun('Jira could not be asked about ABC-123 after 3 attempt(s): Jira answered 503') });
    expect(jira.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([300, 900]);
  });

  it('waits out a 429 Retry-After in seconds, then evaluates', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(429, { errorMessages: ['Rate limit exceeded'] }, { 'Retry-After': '2' }), readyBody()]);
    expect(await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store, clock))).toStrictEqual({ result: true });
    expect(clock.sleeps).toEqual([2000]);
    expect(jira.requests.map((r) => r.path)).toEqual(['/rest/api/3/issue/ABC-123', '/rest/api/3/issue/ABC-123']);
  });

  it('waits out a 429 Retry-After given as an HTTP date', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(429, undefined, { 'Retry-After': new Date(clock.now() + 3000).toUTCString() }), readyBody()]);
    expect(await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store, clock))).toStrictEqual({ result: true });
    expect(clock.sleeps).toEqual([3000]);
  });

  it('does not wait past the budget for a long Retry-After', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(429, undefined, { 'Retry-After': '60' })]);
    const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store, clock));
    expect(result.errorMessage).toBe(
      couldNotRun('Jira could not be asked about ABC-123 after 1 attempt(s): Jira answered 429; retrying would take longer than allowed'),
    );
    expect(clock.sleeps).toEqual([]);
  });

  it('blocks when Jira cannot be reached', async () => {
    const jira = scriptedJira([new Error('connect ECONNREFUSED'), new Error('connect ECONNREFUSED'), new Error('connect ECONNREFUSED')]);
    const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store));
    expect(result.errorMessage).toBe(couldNotRun('Jira could not be asked about ABC-123 after 3 attempt(s): could not reach Jira (connect ECONNREFUSED)'));
  });

  it('blocks when Jira does not answer in time', async () => {
    const jira = scriptedJira(['hang', 'hang']);
    const retry = { attempts: 2, budgetMs: 8000, attemptTimeoutMs: 20, backoffMs: 100 };
    const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store, fakeClock(), retry));
    expect(result.errorMessage).toBe(
      couldNotRun('Jira could not be asked about ABC-123 after 2 attempt(s): Jira did not answer in time (no answer within 20 ms)'),
    );
  });

  it('blocks when the item is not found', async () => {
    const jira = jiraSite(READY);
    const result = await validateTransition(validatorArgs('ABC-999', config), deps(jira, seededStore().store));
    expect(result).toEqual({ result: false, errorMessage: noAccess('Work item ABC-999 was not found, or the app may not see it') });
    expect(jira.requests).toHaveLength(1);
  });

  it('blocks when Jira refuses the app', async () => {
    const jira = scriptedJira([jiraResponse(403, { errorMessages: ['You do not have permission.'], errors: {} })]);
    const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store));
    expect(result.errorMessage).toBe(noAccess("Jira refused the app access to ABC-123 (HTTP 403); check the app's project permissions"));
    expect(jira.requests).toHaveLength(1);
  });

  it('blocks when storage throws', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const jira = jiraSite(READY);
      const broken: KeyValueStore = { ...memoryStore(), get: async () => Promise.reject(new Error('KVS 500')) };
      const result = await validateTransition(validatorArgs('ABC-123', failOpen), deps(jira, broken));
      expect(result).toEqual({ result: false, errorMessage: couldNotRun('an unexpected error occurred') });
      expect(error).toHaveBeenCalledWith('shipshape: validator failed', expect.objectContaining({ message: 'KVS 500' }));
    } finally {
      error.mockRestore();
    }
  });

  it('blocks when storage throws while reading the records', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const jira = jiraSite(READY);
      const { store } = seededStore();
      const flaky: KeyValueStore = { ...store, get: (key) => (key.startsWith('records:') ? Promise.reject(new Error('rate limited')) : store.get(key)) };
      const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, flaky));
      expect(result).toEqual({ result: false, errorMessage: couldNotRun('an unexpected error occurred') });
      expect(jira.requests).toHaveLength(1);
    } finally {
      error.mockRestore();
    }
  });

  it('blocks when the Jira client throws synchronously', async () => {
    const jira = Object.assign(
      ((_request: JiraRequest): Promise<JiraResponse> => {
        throw new Error('boom');
      }) as unknown as RecordingJira,
      { requests: [] },
    );
    const result = await validateTransition(validatorArgs('ABC-123', config), deps(jira, seededStore().store));
    expect(result.result).toBe(false);
    expect(result.errorMessage).toMatch(/^Shipshape could not check this transition right now \(/);
  });
});

describe('validateTransition: failOpen', () => {
  const failOpen = { gateId: 'ready-for-release', failOpen: true };

  it('lets the item through when Jira stays unavailable', async () => {
    const jira = scriptedJira([jiraResponse(503), jiraResponse(502), jiraResponse(504)]);
    expect(await validateTransition(validatorArgs('ABC-7', failOpen), deps(jira, seededStore().store))).toStrictEqual({ result: true });
    expect(jira.requests).toHaveLength(3);
  });

  it('accepts failOpen in a JSON string configuration', async () => {
    const jira = scriptedJira([jiraResponse(503), jiraResponse(503), jiraResponse(503)]);
    expect(await validateTransition(validatorArgs('ABC-7', JSON.stringify(failOpen)), deps(jira, seededStore().store))).toStrictEqual({ result: true });
  });

  it('lets the item through when Jira cannot be reached or does not answer in time', async () => {
    const jira = scriptedJira([new Error('socket hang up'), 'hang']);
    const retry = { attempts: 2, budgetMs: 8000, attemptTimeoutMs: 20, backoffMs: 100 };
    expect(await validateTransition(validatorArgs('ABC-7', failOpen), deps(jira, seededStore().store, fakeClock(), retry))).toStrictEqual({ result: true });
  });

  it.each([
    ['every answer is 429', [jiraResponse(429), jiraResponse(429), jiraResponse(429)]],
    ['a 429 and then 503s', [jiraResponse(429), jiraResponse(503), jiraResponse(503)]],
  ])("never applies to a rate limit (%s): 429 is the app's own site-wide limit", async (_, answers) => {
    const jira = scriptedJira(answers);
    const result = await validateTransition(validatorArgs('ABC-7', failOpen), deps(jira, seededStore().store));
    expect(result).toMatchObject({ result: false, errorMessage: expect.stringContaining('could not check this transition right now') });
  });

  it('never lets a failing gate through', async () => {
    const jira = jiraSite(NOT_READY);
    expect(await validateTransition(validatorArgs('ABC-7', failOpen), deps(jira, seededStore().store))).toEqual({
      result: false,
      errorMessage: NOT_READY_MESSAGE,
    });
    expect(jira.requests).toHaveLength(1);
  });

  it.each([
    [404, noAccess('Work item ABC-7 was not found, or the app may not see it')],
    [403, noAccess("Jira refused the app access to ABC-7 (HTTP 403); check the app's project permissions")],
    [401, noAccess("Jira refused the app access to ABC-7 (HTTP 401); check the app's project permissions")],
    [400, couldNotRun('Jira answered HTTP 400 for ABC-7')],
  ])('does not apply to a %i', async (status, message) => {
    const jira = scriptedJira([jiraResponse(status, { errorMessages: ['no'], errors: {} })]);
    expect(await validateTransition(validatorArgs('ABC-7', failOpen), deps(jira, seededStore().store))).toEqual({ result: false, errorMessage: message });
    expect(jira.requests).toHaveLength(1);
  });

  it('does not apply to an answer that is not a work item', async () => {
    const jira = scriptedJira([jiraResponse(200, '<html>Maintenance</html>')]);
    expect(await validateTransition(validatorArgs('ABC-7', failOpen), deps(jira, seededStore().store))).toEqual({
      result: false,
      errorMessage: couldNotRun("Jira's answer for ABC-7 is not a work item"),
    });
  });

  it('does not apply to a missing gate', async () => {
    const jira = scriptedJira([jiraResponse(503), jiraResponse(503), jiraResponse(503)]);
    const result = await validateTransition(validatorArgs('ABC-7', { gateId: 'no-such-gate', failOpen: true }), deps(jira, seededStore().store));
    expect(result.result).toBe(false);
    expect(jira.requests).toHaveLength(0);
  });

  it('is off unless set to true', async () => {
    const jira = scriptedJira([jiraResponse(503), jiraResponse(503), jiraResponse(503)]);
    const result = await validateTransition(validatorArgs('ABC-7', { gateId: 'ready-for-release', failOpen: false }), deps(jira, seededStore().store));
    expect(result).toEqual({ result: false, errorMessage: couldNotRun('Jira could not be asked about ABC-7 after 3 attempt(s): Jira answered 503') });
  });
});

describe('validateTransition: each checked attempt is queued for the insight figures', () => {
  const withProject = (bean: IssueBean): IssueBean => ({ ...bean, fields: { ...bean.fields, project: { id: '10000', key: 'ABC', name: 'Alpha' } } });
  const sent: GateEvent[] = [];
  const recording = (jira: RecordingJira, send: SendGateEvent = async (e) => void sent.push(e)): ValidatorDeps => ({
    ...deps(jira, seededStore().store),
    sendEvent: send,
  });
  beforeEach(() => (sent.length = 0));

  it('sends a blocked attempt naming the failing required criteria, who moved the item and the statuses, still with one Jira call', async () => {
    const jira = jiraSite(withProject(NOT_READY));
    const result = await validateTransition(validatorArgs('ABC-7', { gateId: 'ready-for-release' }), recording(jira), { principal: { accountId: 'mover-1' } });
    expect(result.result).toBe(false);
    expect(jira.requests).toHaveLength(1);
    expect(sent).toEqual([
      expect.objectContaining({
        kind: 'attempt',
        projectId: '10000',
        itemId: '10007',
        itemKey: 'ABC-7',
        gateId: 'ready-for-release',
        by: 'mover-1',
        from: '3',
        to: '10001',
        passed: false,
        failing: ['description', 'fix-version', 'qa-label', 'subtasks', 'blockers', 'release-notes'],
        waived: [],
      }),
    ]);
    expect(gateEventSchema.safeParse(sent[0]).success).toBe(true);
  });

  it('sends a passing attempt; an event without a person when the context names nobody', async () => {
    await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }), recording(jiraSite(withProject(READY))));
    expect(sent).toEqual([expect.objectContaining({ passed: true, failing: [] })]);
    expect(sent[0]).not.toHaveProperty('by');
  });

  it('never lets the queue change the outcome nor hold the transition past its wait', async () => {
    const failing: SendGateEvent = async () => {
      throw new Error('queue down');
    };
    const hanging: SendGateEvent = () => new Promise(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await validateTransition(validatorArgs('ABC-123', { gateId: 'ready-for-release' }), recording(jiraSite(withProject(READY)), failing))).toEqual({
      result: true,
    });
    const started = Date.now();
    expect(
      await validateTransition(validatorArgs('ABC-7', { gateId: 'ready-for-release' }), recording(jiraSite(withProject(NOT_READY)), hanging)),
    ).toMatchObject({ result: false });
    expect(Date.now() - started).toBeLessThan(SEND_WAIT_MS + 1000);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not be queued'), expect.any(Error));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`took over ${SEND_WAIT_MS} ms`));
    error.mockRestore();
    warn.mockRestore();
  });

  it('sends nothing when the gate could not be checked, or its work types leave the item out', async () => {
    await validateTransition(validatorArgs('ABC-999', { gateId: 'ready-for-release' }), recording(jiraSite(withProject(READY))));
    const storiesOnly: Gate = { ...RELEASE_GATE, id: 'bugs-only', appliesTo: { issueTypes: ['Bug'] } };
    const store = seededStore({ 'gates:project:ABC': gatesFile(RELEASE_GATE, storiesOnly) }).store;
    await validateTransition(validatorArgs('ABC-7', { gateId: 'bugs-only' }), {
      ...deps(jiraSite(withProject(NOT_READY)), store),
      sendEvent: async (e) => void sent.push(e),
    });
    expect(sent).toEqual([]);
  });
});
