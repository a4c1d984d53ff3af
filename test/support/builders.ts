/**
 * Small builders for tests of the gate engine: Jira work items shaped like the answer of
 * `GET /rest/api/3/issue/{issueIdOrKey}` (IssueBean), Atlassian Document Format values, the
 * app's records (`shipshape.records/v1`) and gates. Fixtures live in test/fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiraIssueSchema, type JiraIssue } from '../../src/domain/jira/issue-schema';
import { createIssueView } from '../../src/domain/jira/issue-view';
import { parseRecords } from '../../src/domain/records/parse-records';
import {
  RECORDS_FORMAT,
  recordEntry,
  type Approval,
  type GateRecords,
  type Handoff,
  type ItemRecords,
  type Tick,
  type Verification,
  type Waiver,
} from '../../src/domain/records/records-schema';
import type { Criterion } from '../../src/domain/gates/criterion-schema';
import type { Gate } from '../../src/domain/gates/gate-schema';
import type { RuleContext } from '../../src/domain/criteria/criterion-rule';
import { describeProblems } from '../../src/domain/problems';
import type { Say } from '../../src/domain/words/say';
import { englishSay } from '../../src/domain/words/english';

export const SITE = 'https://shipshape-test.atlassian.net';
/** Jira's own timestamp style (offset without a colon). */
export const JIRA_TIME = '2025-03-04T10:15:30.000+0000';
/** The app's records use ISO instants. */
export const AT = '2025-03-10T09:30:00.000Z';

// ---------------------------------------------------------------------------------------------
// People

export const PEOPLE = {
  dana: { accountId: '5b10a2844c20165700ede21g', displayName: 'Dana Okafor' },
  quinn: { accountId: '712020:0e9a6f2c-41b7-4a64-9d57-3a1f0b9c2d11', displayName: 'Quinn Alvarez' },
  priya: { accountId: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', displayName: 'Priya Raman' },
  lee: { accountId: '712020:8d3b7c60-2f4e-4d1a-a1f0-6c5e4b3a2910', displayName: 'Lee Chen' },
} as const;
export type Person = keyof typeof PEOPLE;

export function avatarUrls(accountId: string) {
  const base = `https://secure.gravatar.com/avatar/${accountId.replace(/\W/g, '').slice(0, 32)}?d=https%3A%2F%2Favatar-management--avatars.us-west-2.prod.public.atl-paas.net%2Finitials%2FXX-3.png`;
  return { '48x48': base, '24x24': base, '16x16': base, '32x32': base };
}

/** A user as Jira embeds it in fields (assignee, reporter, user pickers). */
export function user(person: Person) {
  const { accountId, displayName } = PEOPLE[person];
  return {
    self: `${SITE}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    avatarUrls: avatarUrls(accountId),
    displayName,
    active: true,
    timeZone: 'Europe/Berlin',
    accountType: 'atlassian',
  };
}

// ---------------------------------------------------------------------------------------------
// Statuses, types, priorities

const CATEGORIES = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
} as const;
export type CategoryKey = keyof typeof CATEGORIES;

export const STATUSES = {
  'To Do': { id: '10000', category: 'new' },
  'In Progress': { id: '3', category: 'indeterminate' },
  'In Review': { id: '10002', category: 'indeterminate' },
  'Ready for QA': { id: '10005', category: 'indeterminate' },
  Done: { id: '10001', category: 'done' },
  "Won't Do": { id: '10003', category: 'done' },
} as const satisfies Record<string, { id: string; category: CategoryKey }>;
export type StatusName = keyof typeof STATUSES;

export function statusCategory(key: CategoryKey) {
  const c = CATEGORIES[key];
  return { self: `${SITE}/rest/api/3/statuscategory/${c.id}`, id: c.id, key, colorName: c.colorName, name: c.name };
}

export function status(name: StatusName) {
  const { id, category } = STATUSES[name];
  return {
    self: `${SITE}/rest/api/3/status/${id}`,
    description: '',
    iconUrl: `${SITE}/images/icons/statuses/generic.png`,
    name,
    id,
    statusCategory: statusCategory(category),
  };
}

const ISSUE_TYPES = {
  Epic: { id: '10000', hierarchyLevel: 1, subtask: false },
  Story: { id: '10001', hierarchyLevel: 0, subtask: false },
  Task: { id: '10002', hierarchyLevel: 0, subtask: false },
  'Sub-task': { id: '10003', hierarchyLevel: -1, subtask: true },
  Bug: { id: '10004', hierarchyLevel: 0, subtask: false },
} as const;
export type IssueTypeName = keyof typeof ISSUE_TYPES;

export function issueType(name: IssueTypeName) {
  const t = ISSUE_TYPES[name];
  return {
    self: `${SITE}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: '',
    iconUrl: `${SITE}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10315?size=medium`,
    name,
    subtask: t.subtask,
    avatarId: 10315,
    hierarchyLevel: t.hierarchyLevel,
  };
}

const PRIORITY_IDS = { Highest: '1', High: '2', Medium: '3', Low: '4', Lowest: '5' } as const;
export function priority(name: keyof typeof PRIORITY_IDS = 'Medium') {
  const id = PRIORITY_IDS[name];
  return { self: `${SITE}/rest/api/3/priority/${id}`, iconUrl: `${SITE}/images/icons/priorities/${name.toLowerCase()}.svg`, name, id };
}

/** "ABC-124" → "10124": stable numeric ids derived from keys. */
export function idOf(key: string): string {
  const n = Number(key.split('-')[1] ?? '0');
  return String(10000 + (Number.isFinite(n) ? n : 0));
}

// ---------------------------------------------------------------------------------------------
// Sub-tasks and links

/** Another work item as Jira embeds it in `subtasks` and in `issuelinks[].inwardIssue|outwardIssue`. */
export function linkedIssue(key: string, statusName: StatusName, type: IssueTypeName = 'Story', summary = `Work item ${key}`) {
  const id = idOf(key);
  return {
    id,
    key,
    self: `${SITE}/rest/api/3/issue/${id}`,
    fields: { summary, status: status(statusName), priority: priority(), issuetype: issueType(type) },
  };
}

export function subtask(key: string, statusName: StatusName, summary?: string) {
  return linkedIssue(key, statusName, 'Sub-task', summary);
}

export const LINK_TYPES = {
  Blocks: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  Cloners: { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  Duplicate: { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  Relates: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
} as const;
export type LinkTypeName = keyof typeof LINK_TYPES;

export function linkType(name: LinkTypeName) {
  const t = LINK_TYPES[name];
  return { ...t, self: `${SITE}/rest/api/3/issueLinkType/${t.id}` };
}

/** Link ids only need to be distinct within one item: derive them from the other item's key. */
function linkId(type: LinkTypeName, key: string, side: 'in' | 'out'): string {
  return String(Number(idOf(key)) * 10 + Number(LINK_TYPES[type].id.slice(-1)) + (side === 'in' ? 20000 : 30000));
}

/** `key` relates to this item by the type's inward phrase: for Blocks, `key` blocks this item. */
export function inwardLink(type: LinkTypeName, key: string, statusName: StatusName, issueTypeName: IssueTypeName = 'Story') {
  const id = linkId(type, key, 'in');
  return { id, self: `${SITE}/rest/api/3/issueLink/${id}`, type: linkType(type), inwardIssue: linkedIssue(key, statusName, issueTypeName) };
}

/** This item relates to `key` by the type's outward phrase: for Blocks, this item blocks `key`. */
export function outwardLink(type: LinkTypeName, key: string, statusName: StatusName, issueTypeName: IssueTypeName = 'Story') {
  const id = linkId(type, key, 'out');
  return { id, self: `${SITE}/rest/api/3/issueLink/${id}`, type: linkType(type), outwardIssue: linkedIssue(key, statusName, issueTypeName) };
}

// ---------------------------------------------------------------------------------------------
// Custom field values

export function option(id: string, value: string) {
  return { self: `${SITE}/rest/api/3/customFieldOption/${id}`, value, id };
}

export function version(id: string, name: string, released = false) {
  return { self: `${SITE}/rest/api/3/version/${id}`, id, description: '', name, archived: false, released, releaseDate: '2025-04-01' };
}

export function component(id: string, name: string) {
  return { self: `${SITE}/rest/api/3/component/${id}`, id, name, description: '' };
}

// ---------------------------------------------------------------------------------------------
// Atlassian Document Format

type AdfNode = Record<string, unknown>;
export const adf = {
  doc: (...content: AdfNode[]) => ({ type: 'doc', version: 1, content }),
  paragraph: (...content: AdfNode[]) => ({ type: 'paragraph', content }),
  text: (text: string, marks?: AdfNode[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text }),
  hardBreak: () => ({ type: 'hardBreak' }),
  rule: () => ({ type: 'rule' }),
  heading: (level: number, ...content: AdfNode[]) => ({ type: 'heading', attrs: { level }, content }),
  mention: (person: Person) => ({ type: 'mention', attrs: { id: PEOPLE[person].accountId, text: `@${PEOPLE[person].displayName}`, accessLevel: '' } }),
  emoji: (shortName = ':white_check_mark:') => ({ type: 'emoji', attrs: { shortName, id: '2705', text: '✅' } }),
  inlineCard: (url = `${SITE}/browse/ABC-99`) => ({ type: 'inlineCard', attrs: { url } }),
  mediaSingle: (id = '6e7c7f2c-dd7a-499c-bceb-6f32bfbf30b5') => ({
    type: 'mediaSingle',
    attrs: { layout: 'center' },
    content: [{ type: 'media', attrs: { id, type: 'file', collection: '', width: 1200, height: 800 } }],
  }),
  bulletList: (...items: AdfNode[]) => ({ type: 'bulletList', content: items }),
  orderedList: (...items: AdfNode[]) => ({ type: 'orderedList', attrs: { order: 1 }, content: items }),
  listItem: (...content: AdfNode[]) => ({ type: 'listItem', content }),
  table: (...rows: AdfNode[]) => ({ type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: rows }),
  tableRow: (...cells: AdfNode[]) => ({ type: 'tableRow', content: cells }),
  tableCell: (...content: AdfNode[]) => ({ type: 'tableCell', attrs: {}, content }),
  tableHeader: (...content: AdfNode[]) => ({ type: 'tableHeader', attrs: {}, content }),
  panel: (...content: AdfNode[]) => ({ type: 'panel', attrs: { panelType: 'info' }, content }),
  codeBlock: (text: string) => ({ type: 'codeBlock', attrs: { language: 'typescript' }, content: text ? [{ type: 'text', text }] : [] }),
};
/** What Jira stores after someone clears a description: empty paragraphs and a hard break. */
export const EMPTY_DESCRIPTION = adf.doc(adf.paragraph(), adf.paragraph(adf.hardBreak()), adf.paragraph());

// ---------------------------------------------------------------------------------------------
// Work items

export interface IssueOptions {
  key?: string;
  /** The work type; `null` leaves `issuetype` out of the answer. */
  type?: IssueTypeName | null;
  status?: StatusName;
  fields?: Record<string, unknown>;
  names?: Record<string, string>;
}

/** A work item as `GET /rest/api/3/issue/{key}` answers; `fields` override the defaults. */
export function issue(options: IssueOptions = {}): JiraIssue {
  const key = options.key ?? 'ABC-123';
  const id = idOf(key);
  const type = options.type === undefined ? 'Story' : options.type;
  const fields: Record<string, unknown> = {
    summary: `Work item ${key}`,
    ...(type ? { issuetype: issueType(type) } : {}),
    status: status(options.status ?? 'In Progress'),
    ...options.fields,
  };
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id,
    self: `${SITE}/rest/api/3/issue/${id}`,
    key,
    fields,
    ...(options.names ? { names: options.names } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Records

export const GATE_ID = 'ready-for-qa';

export function records(parts: Omit<ItemRecords, 'format'> = {}): ItemRecords {
  return { format: RECORDS_FORMAT, ...parts };
}

/** Records holding only one gate's ticks, approvals and waivers. */
export function gateRecords(gate: GateRecords, gateId = GATE_ID, rest: Omit<ItemRecords, 'format' | 'gates'> = {}): ItemRecords {
  return records({ ...rest, gates: { [gateId]: gate } });
}

export interface Memberships {
  groups?: string[];
  projectRoles?: string[];
}

export const tick = (person: Person, at = AT): Tick => ({ accountId: PEOPLE[person].accountId, at });
export const approval = (person: Person, memberships: Memberships = {}, at = AT): Approval => ({ accountId: PEOPLE[person].accountId, at, ...memberships });
export const waiver = (person: Person, reason: string, memberships: Memberships = {}, at = AT): Waiver => ({
  accountId: PEOPLE[person].accountId,
  at,
  reason,
  ...memberships,
});
/** A verification with the rights the app records with it (by default a member of group qa who may edit). */
export const verification = (
  text: string,
  result: 'passed' | 'failed' = 'passed',
  person: Person = 'quinn',
  rights: Memberships & { mayEdit?: boolean } = { groups: ['qa'], mayEdit: true },
): Verification => ({
  status: result,
  accountId: PEOPLE[person].accountId,
  at: AT,
  text,
  ...rights,
});
export const behaviour = (id: string, text: string) => ({ id, text });

/** A handoff package with every section filled in. */
export function fullHandoff(): Handoff {
  return {
    summary: 'Checkout now remembers the last used payment method per customer.',
    expectedBehaviours: [behaviour('b1', 'Returning customer sees their last card preselected')],
    riskAreas: [{ id: 'r1', text: 'Guest checkout shares the payment step', severity: 'high' }],
    testData: 'Use the staging customer qa-returning@example.com (saved Visa ending 4242).',
    releaseNotes: 'Checkout preselects the payment method you used last time.',
  };
}

// ---------------------------------------------------------------------------------------------
// Gates and rule contexts

export function gate(criteria: Criterion[], options: Partial<Omit<Gate, 'criteria'>> = {}): Gate {
  return { id: GATE_ID, name: 'Ready for QA', ...options, criteria };
}

/** What a rule sees for one work item under the gate `gateId`. */
export function ruleContext(item: JiraIssue, itemRecords: ItemRecords = records(), gateId = GATE_ID, say: Say = englishSay): RuleContext {
  return { issue: createIssueView(item), records: itemRecords, gateRecords: recordEntry(itemRecords.gates, gateId) ?? {}, say };
}

// ---------------------------------------------------------------------------------------------
// Fixtures

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export function jiraFixtureNames(): string[] {
  return readdirSync(join(FIXTURES_DIR, 'jira'))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readJsonFixture(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8'));
}

/** A fixture from test/fixtures/jira (name without `.json`), checked against the engine's issue schema. */
export function jiraFixture(name: string): JiraIssue {
  return jiraIssueSchema.parse(readJsonFixture(`jira/${name}.json`));
}

/** A fixture from test/fixtures/records (name without `.json`), parsed as the app would. */
export function recordsFixture(name: string): ItemRecords {
  const parsed = parseRecords(readJsonFixture(`records/${name}.json`));
  if (!parsed.ok) throw new Error(`records fixture ${name} is invalid:\n${describeProblems(parsed.problems)}`);
  return parsed.value;
}

/**
 * The "Ready for QA" gate the fixtures in test/fixtures are written for: every kind, one optional
 * criterion, custom label and hint on one, waivable criteria by role and by person.
 */
export function readyForQaGate(): Gate {
  return gate(
    [
      { id: 'description', kind: 'field-set', field: 'description' },
      { id: 'fix-version', kind: 'field-set', field: 'fixVersions' },
      { id: 'assignee', kind: 'field-set', field: 'assignee' },
      {
        id: 'story-points',
        kind: 'field-set',
        field: 'customfield_10016',
        label: 'Story points are estimated',
        hint: 'Estimate the work in the Story point estimate field.',
      },
      { id: 'risk-level', kind: 'field-set', field: 'customfield_10020', required: false },
      { id: 'not-wip', kind: 'labels', forbid: ['wip'] },
      { id: 'subtasks', kind: 'subtasks-done' },
      { id: 'blockers', kind: 'links-resolved', linkType: 'Blocks', waivableBy: { projectRoles: ['Administrators'] } },
      { id: 'handoff', kind: 'handoff-complete' },
      { id: 'behaviours', kind: 'behaviours-verified' },
      { id: 'support-briefed', kind: 'manual', label: 'Support is briefed', waivableBy: { projectRoles: ['Administrators'] } },
      { id: 'product-sign-off', kind: 'approval', approvers: { groups: ['product-managers'] }, waivableBy: { accountIds: [PEOPLE.priya.accountId] } },
      { id: 'qa-sign-off', kind: 'approval', approvers: { projectRoles: ['QA'] }, count: 2 },
    ],
    { appliesTo: { issueTypes: ['Story', 'Task'] } },
  );
}
