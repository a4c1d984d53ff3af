import { englishSay } from '../../src/domain/words/english';
/**
 * Properties of the gate engine over random valid gates and random, real-shaped (and sometimes
 * garbage-shaped) Jira answers and records.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/domain/evaluate';
import { blockMessage } from '../../src/domain/block-message';
import { HANDOFF_SECTIONS, type Criterion } from '../../src/domain/gates/criterion-schema';
import type { Gate } from '../../src/domain/gates/gate-schema';
import type { Principals } from '../../src/domain/gates/principals';
import { parseGate } from '../../src/domain/gates/parse-gates';
import type { JiraIssue } from '../../src/domain/jira/issue-schema';
import { parseRecords } from '../../src/domain/records/parse-records';
import type { GateRecords, ItemRecords, Waiver } from '../../src/domain/records/records-schema';
import type { CriterionResult, Verdict } from '../../src/domain/verdict';
import {
  adf,
  component,
  EMPTY_DESCRIPTION,
  inwardLink,
  issue,
  option,
  outwardLink,
  PEOPLE,
  subtask,
  user,
  version,
  type IssueTypeName,
  type LinkTypeName,
  type Person,
  type StatusName,
} from '../support/builders';

const NO_PROTO = { noNullPrototype: true } as const;

// ---------------------------------------------------------------------------------------------
// Vocabularies. Ids include `constructor`, an Object.prototype member that is also a valid slug.

const GATE_IDS = ['ready-for-qa', 'done', 'go-live', 'constructor'] as const;
const CRITERION_IDS = [
  'description',
  'fix-version',
  'points',
  'no-wip',
  'subtasks',
  'blockers',
  'handoff',
  'behaviours',
  'support-briefed',
  'sign-off',
  'qa',
  'constructor',
];
const PERSONS = Object.keys(PEOPLE) as Person[];
const ACCOUNT_IDS = [...PERSONS.map((p) => PEOPLE[p].accountId), 'unknown-account'];
const GROUPS = ['qa', 'product-managers', 'release-managers', 'developers'];
const ROLES = ['QA', 'Administrators', 'Developers', 'administrators'];
const LABELS = ['wip', 'qa-ready', 'checkout', 'do-not-ship', 'WIP'];
const FIELDS = [
  'description',
  'fixVersions',
  'assignee',
  'components',
  'customfield_10016',
  'customfield_10020',
  'customfield_10045',
  'customfield_99999',
  'summary',
  'toString',
];
const LINK_TYPE_REFS = ['Blocks', 'blocks', '10000', 'Relates', 'Duplicate', '10003', 'Cloners'];
const TYPE_REFS = ['Story', 'story', 'Bug', '10004', 'Task', 'Sub-task', '10001'];
const STATUS_NAMES: StatusName[] = ['To Do', 'In Progress', 'In Review', 'Done', "Won't Do"];
const ISSUE_TYPES: IssueTypeName[] = ['Story', 'Bug', 'Task', 'Sub-task', 'Epic'];
const TEXTS = ['Returning customer sees their last card', 'Estimate updates when the postcode changes', '', '   ', 'x'];
const AT = fc.constantFrom('2025-03-10T09:30:00.000Z', '2025-03-10T10:30:00+01:00');

// ---------------------------------------------------------------------------------------------
// Gates

const principals: fc.Arbitrary<Principals> = fc.record(
  {
    groups: fc.subarray(GROUPS, { minLength: 1 }),
    projectRoles: fc.subarray(ROLES, { minLength: 1 }),
    accountIds: fc.subarray(ACCOUNT_IDS, { minLength: 1 }),
  },
  { requiredKeys: [], ...NO_PROTO },
);
const someone: fc.Arbitrary<Principals> = principals.filter((p) => Object.keys(p).length > 0);

const labelLists = fc.oneof(
  fc.record({ require: fc.subarray(LABELS, { minLength: 1 }) }),
  fc.record({ forbid: fc.subarray(LABELS, { minLength: 1 }) }),
  fc.record({ require: fc.subarray(LABELS, { minLength: 1 }), forbid: fc.subarray(LABELS, { minLength: 1 }) }),
);

/** The kind-specific part of a criterion, one arbitrary per kind. */
const kindParts: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ kind: fc.constant('field-set'), field: fc.constantFrom(...FIELDS) }),
  labelLists.map((lists) => ({ kind: 'labels', ...lists })),
  fc.constant({ kind: 'subtasks-done' }),
  fc.record(
    { kind: fc.constant('links-resolved'), linkType: fc.constantFrom(...LINK_TYPE_REFS), direction: fc.constantFrom('inward', 'outward', 'both') },
    { requiredKeys: ['kind', 'linkType'] },
  ),
  fc.constant({ kind: 'manual' }),
  fc.record({ kind: fc.constant('approval'), approvers: someone, count: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: ['kind', 'approvers'] }),
  fc.record({ kind: fc.constant('handoff-complete'), sections: fc.subarray([...HANDOFF_SECTIONS], { minLength: 1 }) }, { requiredKeys: ['kind'] }),
  fc.constant({ kind: 'behaviours-verified' }),
);

function criterionArb(waivableBy: fc.Arbitrary<Principals>, waivable: 'maybe' | 'always'): fc.Arbitrary<Criterion> {
  const common = fc.record(
    { id: fc.constantFrom(...CRITERION_IDS), required: fc.boolean(), label: fc.constantFrom('Support is briefed', 'Copy reviewed'), waivableBy },
    { requiredKeys: waivable === 'always' ? ['id', 'waivableBy'] : ['id'] },
  );
  return fc.tuple(common, kindParts).map(([c, k]) => ({ ...c, ...k }) as Criterion);
}

function gateArb(options: { waivable?: 'maybe' | 'always'; appliesTo?: fc.Arbitrary<string[]> } = {}): fc.Arbitrary<Gate> {
  const criterion = criterionArb(someone, options.waivable ?? 'maybe');
  return fc
    .record(
      {
        id: fc.constantFrom(...GATE_IDS),
        name: fc.constantFrom('Ready for QA', 'Definition of Done'),
        appliesTo: (options.appliesTo ?? fc.subarray(TYPE_REFS, { minLength: 1 })).map((issueTypes) => ({ issueTypes })),
        criteria: fc.uniqueArray(criterion, { selector: (c) => c.id, minLength: 1, maxLength: 8 }),
      },
      { requiredKeys: options.appliesTo ? ['id', 'name', 'appliesTo', 'criteria'] : ['id', 'name', 'criteria'] },
    )
    .map((g) => g as Gate);
}

// ---------------------------------------------------------------------------------------------
// Work items

const garbage = fc.jsonValue({ maxDepth: 3 });

/** ADF fragments: real node types nested a few levels, with and without content. */
const adfNode = fc.memo((depth): fc.Arbitrary<Record<string, unknown>> => {
  const leaf = fc.oneof(
    fc.constantFrom(...TEXTS).map((t) => adf.text(t)),
    fc.constant(adf.hardBreak()),
    fc.constant(adf.rule()),
    fc.constant(adf.mention('lee')),
    fc.constant(adf.emoji()),
    fc.constant(adf.inlineCard()),
    fc.constant(adf.mediaSingle()),
    fc.constant({ type: 'text', text: 42 }),
  );
  if (depth <= 1) return leaf;
  const children = fc.array(adfNode(depth - 1), { maxLength: 3 });
  return fc.oneof(
    leaf,
    fc
      .tuple(fc.constantFrom('paragraph', 'bulletList', 'listItem', 'table', 'tableRow', 'tableCell', 'panel', 'mediaSingle'), children)
      .map(([type, content]) => ({ type, content })),
  );
});
const adfDoc = fc.array(adfNode(4), { maxLength: 3 }).map((content) => adf.doc(...content));

const fieldValue = fc.oneof(
  { arbitrary: adfDoc, weight: 3 },
  { arbitrary: fc.constant(EMPTY_DESCRIPTION), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>(null, 0, 5, '', '  ', 'text', [], true), weight: 3 },
  {
    arbitrary: fc.constantFrom<unknown>(
      option('10040', 'Medium'),
      user('dana'),
      [user('quinn'), user('lee')],
      [version('10021', 'v1')],
      [component('10031', 'Payments')],
    ),
    weight: 2,
  },
  { arbitrary: garbage, weight: 2 },
);

const statusName = fc.constantFrom(...STATUS_NAMES);
const issueKey = fc.integer({ min: 1, max: 999 }).map((n) => `ABC-${n}`);

const subtasks = fc.oneof(
  {
    arbitrary: fc.array(
      fc.tuple(issueKey, statusName).map(([k, s]) => subtask(k, s)),
      { maxLength: 8 },
    ),
    weight: 4,
  },
  { arbitrary: fc.constantFrom<unknown>(null, 'ABC-1', [{ id: '1' }], [{ key: 'ABC-1', fields: { status: 'Done' } }], { 'ABC-1': 'Done' }), weight: 1 },
  { arbitrary: garbage, weight: 1 },
);

const oneLink = fc
  .tuple(fc.constantFrom<LinkTypeName>('Blocks', 'Relates', 'Duplicate', 'Cloners'), fc.boolean(), issueKey, statusName)
  .map(([type, inward, key, s]) => (inward ? inwardLink(type, key, s) : outwardLink(type, key, s)));
const issuelinks = fc.oneof(
  { arbitrary: fc.array(oneLink, { maxLength: 8 }), weight: 4 },
  { arbitrary: fc.constantFrom<unknown>(null, [{ id: '1', inwardIssue: { key: 'ABC-1' } }], [{ type: { name: 'Blocks' } }], 'Blocks'), weight: 1 },
  { arbitrary: garbage, weight: 1 },
);

const labels = fc.oneof({ arbitrary: fc.subarray(LABELS), weight: 4 }, { arbitrary: fc.constantFrom<unknown>(null, 'wip', [1, 2]), weight: 1 });
const issueType = fc.oneof(fc.constantFrom<IssueTypeName | null>(...ISSUE_TYPES, null));

const issueArb: fc.Arbitrary<JiraIssue> = fc
  .record({
    key: issueKey,
    type: issueType,
    fields: fc.record(
      {
        description: fieldValue,
        fixVersions: fieldValue,
        assignee: fieldValue,
        components: fieldValue,
        customfield_10016: fieldValue,
        customfield_10020: fieldValue,
        customfield_10045: fieldValue,
        labels,
        subtasks,
        issuelinks,
      },
      { requiredKeys: [], ...NO_PROTO },
    ),
    names: fc.option(fc.constant({ customfield_10016: 'Story point estimate', customfield_10020: 'Risk level', description: 'Description' }), {
      nil: undefined,
    }),
  })
  .map(({ key, type, fields, names }) => issue({ key, type, fields, ...(names ? { names } : {}) }));

// ---------------------------------------------------------------------------------------------
// Records

const accountId = fc.constantFrom(...ACCOUNT_IDS);
const memberships = fc.record({ groups: fc.subarray(GROUPS), projectRoles: fc.subarray(ROLES) }, { requiredKeys: [], ...NO_PROTO });
const behaviourId = fc.constantFrom('b1', 'b2', 'b3', 'constructor');
const text = fc.constantFrom(...TEXTS);
const criterionKey = fc.constantFrom(...CRITERION_IDS);

const gateRecordsArb: fc.Arbitrary<GateRecords> = fc.record(
  {
    ticks: fc.dictionary(criterionKey, fc.record({ accountId, at: AT }), { maxKeys: 4, ...NO_PROTO }),
    approvals: fc.dictionary(
      criterionKey,
      fc.array(
        fc.tuple(fc.record({ accountId, at: AT }), memberships).map(([a, m]) => ({ ...a, ...m })),
        { maxLength: 4 },
      ),
      { maxKeys: 3, ...NO_PROTO },
    ),
    waivers: fc.dictionary(
      criterionKey,
      fc.tuple(fc.record({ accountId, at: AT, reason: fc.constantFrom('Covered elsewhere', '', '  ') }), memberships).map(([w, m]) => ({ ...w, ...m })),
      { maxKeys: 3, ...NO_PROTO },
    ),
  },
  { requiredKeys: [], ...NO_PROTO },
);

const recordsArb: fc.Arbitrary<ItemRecords> = fc
  .record(
    {
      handoff: fc.record(
        {
          summary: text,
          expectedBehaviours: fc.array(fc.record({ id: behaviourId, text }), { maxLength: 4 }),
          riskAreas: fc.array(
            fc.record({ id: fc.constantFrom('r1', 'r2'), text, severity: fc.constantFrom('high' as const, 'medium' as const, 'low' as const) }),
            { maxLength: 2 },
          ),
          testData: text,
          releaseNotes: text,
        },
        { requiredKeys: [], ...NO_PROTO },
      ),
      verifications: fc.dictionary(behaviourId, fc.record({ status: fc.constantFrom('passed' as const, 'failed' as const), accountId, at: AT, text }), {
        maxKeys: 4,
        ...NO_PROTO,
      }),
      gates: fc.dictionary(fc.constantFrom(...GATE_IDS), gateRecordsArb, { maxKeys: 3, ...NO_PROTO }),
    },
    { requiredKeys: [], ...NO_PROTO },
  )
  .map((parts) => ({ format: 'shipshape.records/v1' as const, ...parts }));

// ---------------------------------------------------------------------------------------------
// Helpers

const byId = (verdict: Verdict) => Object.fromEntries(verdict.results.map((r) => [r.id, r]));

/** A waiver that `waivableBy` accepts: by a listed person, or by a member of a listed group or role. */
function validWaiver(waivableBy: Principals): Waiver {
  const base = { at: '2025-03-11T08:00:00.000Z', reason: 'Agreed with the release manager' };
  if (waivableBy.accountIds?.[0]) return { ...base, accountId: waivableBy.accountIds[0] };
  if (waivableBy.groups?.[0]) return { ...base, accountId: 'waiver-by-group', groups: [waivableBy.groups[0].toUpperCase()] };
  return { ...base, accountId: 'waiver-by-role', projectRoles: waivableBy.projectRoles ?? [] };
}

function withWaivers(records: ItemRecords, gateId: string, waivers: Record<string, Waiver>): ItemRecords {
  const gates = { ...records.gates };
  const existing = Object.hasOwn(gates, gateId) ? gates[gateId] : undefined;
  gates[gateId] = { ...existing, waivers: { ...existing?.waivers, ...waivers } };
  return { ...records, gates };
}

const expectedPassed = (results: CriterionResult[]) => results.every((r) => !r.required || r.status !== 'failed');

/** What is inconsistent in a verdict (empty when nothing is). */
function verdictProblems(gate: Gate, item: JiraIssue, verdict: Verdict, message: string): string[] {
  const problems: string[] = [];
  if (verdict.gate !== gate.id || verdict.gateName !== gate.name || verdict.issue !== item.key) problems.push('names the wrong gate or work item');
  if (!verdict.applicable) {
    if (!verdict.passed || verdict.results.length > 0) problems.push('a gate that does not apply must pass with no results');
    return problems;
  }
  if (verdict.results.map((r) => r.id).join() !== gate.criteria.map((c) => c.id).join()) problems.push('results are not in criteria order');
  for (const r of verdict.results) {
    if (!['passed', 'failed', 'waived'].includes(r.status)) problems.push(`${r.id}: status ${String(r.status)}`);
    for (const key of ['label', 'reason', 'hint'] as const)
      if (typeof r[key] !== 'string' || r[key] === '') problems.push(`${r.id}: ${key} is ${String(r[key])}`);
    if ((r.status === 'waived') !== (r.waiver !== undefined)) problems.push(`${r.id}: waiver details do not match status ${r.status}`);
  }
  if (verdict.passed !== expectedPassed(verdict.results)) problems.push(`passed is ${verdict.passed}`);
  const failingRequired = verdict.results.filter((r) => r.required && r.status === 'failed').length;
  if (message.split('\n').length !== 2 + failingRequired) problems.push('block message does not have one line per failing required criterion');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('evaluate (properties)', () => {
  it('the arbitraries produce valid gates and valid records', () => {
    fc.assert(
      fc.property(gateArb(), recordsArb, (gate, records) => {
        const parsedGate = parseGate(gate);
        expect(parsedGate.ok ? [] : parsedGate.problems).toEqual([]);
        const parsedRecords = parseRecords(records);
        expect(parsedRecords.ok ? [] : parsedRecords.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) never throws over 10,000 random gate × work item runs, and every verdict is consistent', () => {
    fc.assert(
      fc.property(gateArb(), issueArb, fc.option(recordsArb, { nil: undefined }), (gate, item, records) => {
        const verdict = evaluate(gate, records ? { issue: item, records } : { issue: item }, englishSay);
        const message = blockMessage(verdict, englishSay);
        // Plain checks, one expect per run: 10,000 runs must stay fast.
        expect(verdictProblems(gate, item, verdict, message)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('(a) the order of criteria never changes the verdict', () => {
    const gateAndOrder = gateArb().chain((gate) =>
      fc
        .shuffledSubarray(gate.criteria, { minLength: gate.criteria.length, maxLength: gate.criteria.length })
        .map((criteria) => ({ gate, shuffled: { ...gate, criteria } })),
    );
    fc.assert(
      fc.property(gateAndOrder, issueArb, recordsArb, ({ gate, shuffled }, item, records) => {
        const original = evaluate(gate, { issue: item, records }, englishSay);
        const reordered = evaluate(shuffled, { issue: item, records }, englishSay);
        expect(reordered.passed).toBe(original.passed);
        expect(reordered.applicable).toBe(original.applicable);
        expect(byId(reordered)).toEqual(byId(original));
        if (original.applicable) expect(reordered.results.map((r) => r.id)).toEqual(shuffled.criteria.map((c) => c.id));
      }),
      { numRuns: 1000 },
    );
  });

  it('(b) a valid waiver on every failing criterion of an all-waivable gate makes it pass', () => {
    fc.assert(
      fc.property(gateArb({ waivable: 'always' }), issueArb, recordsArb, (gate, item, records) => {
        const before = evaluate(gate, { issue: item, records }, englishSay);
        const failing = before.results.filter((r) => r.status === 'failed');
        const waivers = Object.fromEntries(
          failing.map((r) => {
            const criterion = gate.criteria.find((c) => c.id === r.id);
            return [r.id, validWaiver(criterion?.waivableBy ?? {})];
          }),
        );
        const after = evaluate(gate, { issue: item, records: withWaivers(records, gate.id, waivers) }, englishSay);
        expect(after.passed).toBe(true);
        const afterById = byId(after);
        for (const r of failing) expect(afterById[r.id]).toMatchObject({ status: 'waived', waiver: { reason: 'Agreed with the release manager' } });
        for (const r of before.results.filter((x) => x.status !== 'failed')) expect(afterById[r.id]?.status).toBe(r.status);
      }),
      { numRuns: 1000 },
    );
  });

  it('(d) criteria that are not required never change whether the gate passes', () => {
    const extraOptional = fc
      .array(criterionArb(someone, 'maybe'), { maxLength: 4 })
      .map((criteria) => criteria.map((c, i) => ({ ...c, id: `extra-${i}`, required: false })));
    fc.assert(
      fc.property(gateArb(), extraOptional, issueArb, recordsArb, (gate, extra, item, records) => {
        const passed = evaluate(gate, { issue: item, records }, englishSay).passed;
        const requiredOnly = { ...gate, criteria: gate.criteria.filter((c) => c.required !== false) };
        const moreOptional = { ...gate, criteria: [...extra, ...gate.criteria] };
        expect(evaluate(requiredOnly, { issue: item, records }, englishSay).passed).toBe(passed);
        expect(evaluate(moreOptional, { issue: item, records }, englishSay).passed).toBe(passed);
      }),
      { numRuns: 1000 },
    );
  });

  it('(e) a gate that does not apply to the work type always passes', () => {
    const scenario = fc.constantFrom<IssueTypeName>('Story', 'Bug', 'Task', 'Sub-task').chain((type) => {
      const others = TYPE_REFS.filter((ref) => ref.toLowerCase() !== type.toLowerCase() && ref !== typeId(type));
      return fc.record({ type: fc.constant(type), gate: gateArb({ appliesTo: fc.subarray([...others, 'Epic', '10000'], { minLength: 1 }) }) });
    });
    fc.assert(
      fc.property(scenario, issueArb, recordsArb, ({ type, gate }, item, records) => {
        const typed = { ...item, fields: { ...item.fields, issuetype: issue({ type }).fields['issuetype'] } };
        expect(evaluate(gate, { issue: typed, records }, englishSay)).toEqual({
          gate: gate.id,
          gateName: gate.name,
          issue: typed.key,
          applicable: false,
          passed: true,
          results: [],
        });
      }),
      { numRuns: 1000 },
    );
  });
});

function typeId(type: IssueTypeName): string {
  const t = issue({ type }).fields['issuetype'] as { id: string };
  return t.id;
}
