import { englishSay } from '../words/english';
import { BUILT_IN_TEMPLATES, builtInTemplatesFile } from './index';
import { parseGate, parseGatesFile } from '../gates/parse-gates';
import { GATES_FORMAT, type Gate } from '../gates/gate-schema';
import type { Criterion } from '../gates/criterion-schema';
import type { Principals } from '../gates/principals';
import { evaluate, type Snapshot } from '../evaluate';
import { blockMessage } from '../block-message';
import { parseRecords } from '../records/parse-records';
import { RECORDS_FORMAT, type Approval, type ItemRecords } from '../records/records-schema';
import type { JiraIssue } from '../jira/issue-schema';
import { linkedDecisions } from '../decisions/linked-decisions';

/** No DACI decision links the item (the decision index has no entry for it). */
const NONE_LINKED = linkedDecisions(undefined);

const AT = '2025-05-01T09:30:00.000Z';
const EXPECTED_IDS = ['definition-of-done', 'ready-for-qa', 'pre-handoff', 'go-live-readiness', 'launch-handoff'];
const templates = BUILT_IN_TEMPLATES.map((gate) => [gate.id, gate] as const);

const minimalIssue = (): JiraIssue => ({ id: '1', key: 'ABC-1', fields: {} });

/** An issue where every system field a template may ask for is filled in and nothing is open. */
function completeIssue(): JiraIssue {
  const done = { name: 'Done', statusCategory: { key: 'done' } };
  return {
    id: '10001',
    key: 'ABC-1',
    fields: {
      issuetype: { id: '10002', name: 'Story' },
      description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Customers can export invoices as CSV.' }] }] },
      assignee: { accountId: 'eng-1', displayName: 'Eve Engineer' },
      fixVersions: [{ id: '10100', name: '2025.05' }],
      components: [{ id: '10200', name: 'Billing' }],
      labels: ['billing'],
      subtasks: [{ id: '10003', key: 'ABC-2', fields: { summary: 'Build export', status: done } }],
      issuelinks: [
        {
          id: '20000',
          type: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
          inwardIssue: { id: '10004', key: 'ABC-3', fields: { summary: 'Invoice API', status: done } },
        },
      ],
    },
  };
}

/** Distinct people who match `approvers`, with the memberships the app would have recorded. */
function matchingApprovals(approvers: Principals, count: number): Approval[] {
  return Array.from({ length: count }, (_, i): Approval => {
    if (approvers.projectRoles?.length) return { accountId: `approver-${i}`, at: AT, projectRoles: [approvers.projectRoles[0]!] };
    if (approvers.groups?.length) return { accountId: `approver-${i}`, at: AT, groups: [approvers.groups[0]!] };
    return { accountId: approvers.accountIds![i % approvers.accountIds!.length]!, at: AT };
  });
}

/** Records that satisfy every criterion of `gate`: a full handoff package, verified behaviours, ticks and approvals. */
function completeRecords(gate: Gate): ItemRecords {
  const behaviours = [
    { id: 'b1', text: 'Export button downloads a CSV of the visible invoices' },
    { id: 'b2', text: 'Export of more than 10,000 invoices is emailed instead' },
  ];
  const ticks: NonNullable<ItemRecords['gates']>[string]['ticks'] = {};
  const approvals: Record<string, Approval[]> = {};
  for (const c of gate.criteria) {
    if (c.kind === 'manual') ticks[c.id] = { accountId: 'eng-1', at: AT };
    if (c.kind === 'approval') approvals[c.id] = matchingApprovals(c.approvers, c.count ?? 1);
  }
  return {
    format: RECORDS_FORMAT,
    handoff: {
      summary: 'Adds CSV export to the invoice list.',
      expectedBehaviours: behaviours,
      riskAreas: [{ id: 'r1', text: 'Large accounts: export timeouts', severity: 'high' }],
      testData: 'Use the "acme-large" test account (12,000 invoices).',
      releaseNotes: 'You can now export your invoices as a CSV file.',
    },
    verifications: Object.fromEntries(behaviours.map((b) => [b.id, { status: 'passed' as const, accountId: 'qa-1', at: AT, text: b.text, mayEdit: true }])),
    gates: { [gate.id]: { ticks, approvals } },
  };
}

const manualCriteria = (gate: Gate) => gate.criteria.filter((c): c is Extract<Criterion, { kind: 'manual' }> => c.kind === 'manual');

describe('built-in templates', () => {
  it('are the five documented templates with unique ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((g) => g.id);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('form a valid gates file', () => {
    const file = builtInTemplatesFile();
    expect(file.format).toBe(GATES_FORMAT);
    const parsed = parseGatesFile(file);
    expect(parsed).toEqual({ ok: true, value: file });
  });

  it('survive a JSON round trip (what an admin copies and edits)', () => {
    const parsed = parseGatesFile(JSON.parse(JSON.stringify(builtInTemplatesFile())));
    expect(parsed.ok).toBe(true);
  });

  it('hand out a copy: editing the file does not change the built-in gates', () => {
    const file = builtInTemplatesFile();
    file.gates[0]!.criteria.pop();
    file.gates[0]!.name = 'Changed';
    expect(BUILT_IN_TEMPLATES[0]!.name).not.toBe('Changed');
    expect(builtInTemplatesFile()).toEqual({ format: GATES_FORMAT, gates: BUILT_IN_TEMPLATES });
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(BUILT_IN_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_TEMPLATES[0]!.criteria)).toBe(true);
  });

  describe.each(templates)('%s', (_id, gate) => {
    it('passes parseGate unchanged', () => {
      expect(parseGate(gate)).toEqual({ ok: true, value: gate });
    });

    it('has unique criterion ids', () => {
      const ids = gate.criteria.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('labels every criterion and says how to fix it', () => {
      for (const c of gate.criteria) {
        expect(c.label?.trim()).toBeTruthy();
        expect(c.hint?.trim()).toBeTruthy();
      }
      expect(gate.description?.trim()).toBeTruthy();
    });

    it('gives every manual criterion a label and a hint', () => {
      for (const c of manualCriteria(gate)) {
        expect({ id: c.id, label: c.label?.trim() || undefined, hint: c.hint?.trim() || undefined }).toEqual({
          id: c.id,
          label: expect.any(String),
          hint: expect.any(String),
        });
      }
    });

    it('uses only fields every Jira Cloud site has', () => {
      for (const c of gate.criteria) {
        if (c.kind === 'field-set') expect(c.field).not.toMatch(/^customfield_/);
      }
    });

    it('blocks a bare work item with empty records', () => {
      const verdict = evaluate(gate, { issue: minimalIssue(), records: { format: RECORDS_FORMAT } }, englishSay);
      expect(verdict.applicable).toBe(true);
      expect(verdict.passed).toBe(false);
      const message = blockMessage(verdict, englishSay);
      expect(message).toContain('ABC-1');
      expect(message).toContain('✗');
    });

    it('blocks a bare work item with no records at all', () => {
      expect(() => evaluate(gate, { issue: minimalIssue() }, englishSay)).not.toThrow();
      expect(evaluate(gate, { issue: minimalIssue() }, englishSay).passed).toBe(false);
    });

    it('passes a work item that meets every criterion', () => {
      const records = completeRecords(gate);
      expect(parseRecords(records).ok).toBe(true);
      const snapshot: Snapshot = { issue: completeIssue(), records, decisions: NONE_LINKED };
      const verdict = evaluate(gate, snapshot, englishSay);
      expect(verdict.results.filter((r) => r.status !== 'passed')).toEqual([]);
      expect(verdict.passed).toBe(true);
    });

    it('still blocks when one required manual item is not ticked', () => {
      const required = manualCriteria(gate).find((c) => c.required !== false);
      if (!required) return;
      const records = completeRecords(gate);
      delete records.gates![gate.id]!.ticks![required.id];
      const verdict = evaluate(gate, { issue: completeIssue(), records, decisions: NONE_LINKED }, englishSay);
      expect(verdict.passed).toBe(false);
      expect(blockMessage(verdict, englishSay)).toContain(required.label);
    });

    it('lets a project administrator waive each waivable criterion with a reason', () => {
      for (const c of gate.criteria.filter((x) => x.waivableBy)) {
        const records = completeRecords(gate);
        const gateRecords = records.gates![gate.id]!;
        delete gateRecords.ticks![c.id];
        delete gateRecords.approvals![c.id];
        const issue = completeIssue();
        if (c.kind === 'subtasks-done') issue.fields['subtasks'] = [{ key: 'ABC-9', fields: { status: { name: 'To Do', statusCategory: { key: 'new' } } } }];
        gateRecords.waivers = { [c.id]: { accountId: 'lead-1', at: AT, reason: 'Internal change, nothing to brief', projectRoles: ['Administrators'] } };
        const verdict = evaluate(gate, { issue, records, decisions: NONE_LINKED }, englishSay);
        expect(verdict.results.find((r) => r.id === c.id)?.status).toBe('waived');
        expect(verdict.passed).toBe(true);
      }
    });

    it('ignores a waiver from someone outside the waiving roles', () => {
      const c = gate.criteria.find((x) => x.kind === 'manual' && x.waivableBy);
      if (!c) return;
      const records = completeRecords(gate);
      delete records.gates![gate.id]!.ticks![c.id];
      records.gates![gate.id]!.waivers = { [c.id]: { accountId: 'dev-2', at: AT, reason: 'Not needed', projectRoles: ['Developers'] } };
      const verdict = evaluate(gate, { issue: completeIssue(), records, decisions: NONE_LINKED }, englishSay);
      expect(verdict.results.find((r) => r.id === c.id)?.status).toBe('failed');
      expect(verdict.passed).toBe(false);
    });
  });

  it('keep optional items advisory: an unticked optional item never blocks', () => {
    for (const gate of BUILT_IN_TEMPLATES) {
      const optional = gate.criteria.filter((c) => c.required === false);
      if (optional.length === 0) continue;
      const records = completeRecords(gate);
      for (const c of optional) delete records.gates![gate.id]!.ticks![c.id];
      const verdict = evaluate(gate, { issue: completeIssue(), records, decisions: NONE_LINKED }, englishSay);
      expect(verdict.passed).toBe(true);
      expect(verdict.results.filter((r) => r.status === 'failed').map((r) => r.id)).toEqual(optional.map((c) => c.id));
    }
  });

  it('go-live readiness needs an approval from a project administrator, not from anyone', () => {
    const gate = BUILT_IN_TEMPLATES.find((g) => g.id === 'go-live-readiness')!;
    const records = completeRecords(gate);
    records.gates![gate.id]!.approvals = { 'go-live-approval': [{ accountId: 'dev-2', at: AT, projectRoles: ['Developers'] }] };
    const verdict = evaluate(gate, { issue: completeIssue(), records, decisions: NONE_LINKED }, englishSay);
    expect(verdict.passed).toBe(false);
    expect(verdict.results.find((r) => r.id === 'go-live-approval')?.status).toBe('failed');
  });

  it('a behaviour edited after QA verified it blocks Definition of Done again', () => {
    const gate = BUILT_IN_TEMPLATES.find((g) => g.id === 'definition-of-done')!;
    const records = completeRecords(gate);
    records.handoff!.expectedBehaviours![0]!.text = 'Export button downloads a CSV of all invoices';
    const verdict = evaluate(gate, { issue: completeIssue(), records, decisions: NONE_LINKED }, englishSay);
    expect(verdict.passed).toBe(false);
    expect(verdict.results.find((r) => r.id === 'behaviours-verified')?.reason).toContain('changed since verified');
  });
});
