import { englishSay } from './words/english';
import {
  adf,
  gate,
  gateRecords,
  issue,
  jiraFixture,
  PEOPLE,
  readyForQaGate,
  records,
  recordsFixture,
  tick,
  waiver,
  type IssueTypeName,
} from '../../test/support/builders';
import { evaluate, gateAppliesTo } from './evaluate';
import type { Criterion } from './gates/criterion-schema';
import { parseGate } from './gates/parse-gates';
import { createIssueView } from './jira/issue-view';
import type { CriterionResult } from './verdict';

const manual = (id: string, extra: Partial<Criterion> = {}): Criterion => ({ id, kind: 'manual', ...extra }) as Criterion;
const ADMINS = { projectRoles: ['Administrators'] };
const statuses = (results: CriterionResult[]) => Object.fromEntries(results.map((r) => [r.id, r.status]));

describe('evaluate', () => {
  describe('applicability', () => {
    const storiesOnly = gate([manual('support-briefed')], { appliesTo: { issueTypes: ['Story'] } });
    const forType = (type: IssueTypeName | null) => evaluate(storiesOnly, { issue: issue({ key: 'ABC-7', type }) }, englishSay);

    it('applies to a listed work type', () => {
      expect(forType('Story')).toMatchObject({ applicable: true, passed: false });
    });

    it('does not apply to another work type, and then passes with no results', () => {
      expect(forType('Bug')).toEqual({ gate: 'ready-for-qa', gateName: 'Ready for QA', issue: 'ABC-7', applicable: false, passed: true, results: [] });
    });

    it('matches the work type name case-insensitively', () => {
      const lower = gate([manual('m')], { appliesTo: { issueTypes: ['sTORY'] } });
      expect(evaluate(lower, { issue: issue({ type: 'Story' }) }, englishSay).applicable).toBe(true);
    });

    it('matches the work type id', () => {
      const byId = gate([manual('m')], { appliesTo: { issueTypes: ['10004'] } });
      expect(evaluate(byId, { issue: issue({ type: 'Bug' }) }, englishSay).applicable).toBe(true);
      expect(evaluate(byId, { issue: issue({ type: 'Story' }) }, englishSay).applicable).toBe(false);
    });

    it('applies when Jira sends no work type, so a gate never opens by accident', () => {
      expect(forType(null)).toMatchObject({ applicable: true, passed: false });
      expect(evaluate(storiesOnly, { issue: issue({ fields: { issuetype: 'Bug' } }) }, englishSay).applicable).toBe(true);
    });

    it('applies to every work type without appliesTo', () => {
      expect(evaluate(gate([manual('m')]), { issue: issue({ type: 'Bug' }) }, englishSay).applicable).toBe(true);
    });

    it('gateAppliesTo reads the view', () => {
      expect(gateAppliesTo(storiesOnly, createIssueView(issue({ type: 'Epic' })))).toBe(false);
    });
  });

  describe('the verdict', () => {
    it('names the gate and the work item, and lists results in the criteria order', () => {
      const g = gate([manual('c'), manual('a'), manual('b')], { id: 'go-live', name: 'Go-live readiness' });
      const verdict = evaluate(g, { issue: issue({ key: 'ABC-9' }), records: gateRecords({ ticks: { a: tick('lee') } }, 'go-live') }, englishSay);
      expect(verdict).toMatchObject({ gate: 'go-live', gateName: 'Go-live readiness', issue: 'ABC-9', applicable: true, passed: false });
      expect(verdict.results.map((r) => [r.id, r.status])).toEqual([
        ['c', 'failed'],
        ['a', 'passed'],
        ['b', 'failed'],
      ]);
    });

    it('gives each result its kind, default label and hint, reason and required flag', () => {
      const verdict = evaluate(gate([{ id: 'subtasks', kind: 'subtasks-done' }]), { issue: issue() }, englishSay);
      expect(verdict.results).toEqual([
        {
          id: 'subtasks',
          kind: 'subtasks-done',
          label: 'All sub-tasks are done',
          required: true,
          status: 'passed',
          reason: 'No sub-tasks',
          hint: 'Finish or close the open sub-tasks, then try again.',
        },
      ]);
    });

    it("uses the criterion's own label and hint when it has them", () => {
      const verdict = evaluate(gate([manual('copy', { label: 'Copy reviewed', hint: 'Ask the content designer.' })]), { issue: issue() }, englishSay);
      expect(verdict.results[0]).toMatchObject({ label: 'Copy reviewed', hint: 'Ask the content designer.' });
    });

    it('treats absent records as empty records', () => {
      expect(evaluate(gate([manual('m')]), { issue: issue() }, englishSay).results[0]?.reason).toBe('Not ticked yet');
    });
  });

  describe('required and optional criteria', () => {
    it('fails when a required criterion fails', () => {
      expect(evaluate(gate([manual('a'), manual('b')]), { issue: issue(), records: gateRecords({ ticks: { a: tick('lee') } }) }, englishSay).passed).toBe(
        false,
      );
    });

    it('passes when only optional criteria fail, and still reports them as failed', () => {
      const g = gate([manual('a'), manual('b', { required: false })]);
      const verdict = evaluate(g, { issue: issue(), records: gateRecords({ ticks: { a: tick('lee') } }) }, englishSay);
      expect(verdict.passed).toBe(true);
      expect(verdict.results[1]).toMatchObject({ id: 'b', required: false, status: 'failed', reason: 'Not ticked yet' });
    });

    it('passes a gate whose criteria are all optional and failing', () => {
      expect(evaluate(gate([manual('a', { required: false })]), { issue: issue() }, englishSay).passed).toBe(true);
    });

    it('passes when every required criterion passes', () => {
      const g = gate([manual('a', { required: true }), { id: 'desc', kind: 'field-set', field: 'description' }]);
      const item = issue({ fields: { description: adf.doc(adf.paragraph(adf.text('Done right'))) } });
      expect(evaluate(g, { issue: item, records: gateRecords({ ticks: { a: tick('lee') } }) }, englishSay).passed).toBe(true);
    });
  });

  describe('waivers', () => {
    const waivable = gate([manual('support-briefed', { waivableBy: ADMINS })]);
    const run = (g = waivable, w = waiver('lee', 'Internal-only change', ADMINS)) =>
      evaluate(g, { issue: issue(), records: gateRecords({ waivers: { 'support-briefed': w } }) }, englishSay);

    it('turns a failing criterion into waived, keeping who, when and why', () => {
      const verdict = run();
      expect(verdict.passed).toBe(true);
      expect(verdict.results[0]).toMatchObject({
        status: 'waived',
        reason: `Waived by ${PEOPLE.lee.accountId} at 2025-03-10T09:30:00.000Z: Internal-only change (Not ticked yet)`,
        waiver: { accountId: PEOPLE.lee.accountId, at: '2025-03-10T09:30:00.000Z', reason: 'Internal-only change' },
      });
    });

    it('matches the waiver by group, by project role (ignoring case) and by account id', () => {
      const g = (waivableBy: object) => gate([manual('support-briefed', { waivableBy })]);
      expect(run(g({ groups: ['release-managers'] }), waiver('dana', 'ok', { groups: ['Release-Managers'] })).results[0]?.status).toBe('waived');
      expect(run(g({ projectRoles: ['administrators'] }), waiver('dana', 'ok', ADMINS)).results[0]?.status).toBe('waived');
      expect(run(g({ accountIds: [PEOPLE.dana.accountId] }), waiver('dana', 'ok')).results[0]?.status).toBe('waived');
    });

    it('ignores a waiver on a criterion without waivableBy, and says so', () => {
      const verdict = run(gate([manual('support-briefed')]));
      expect(verdict.passed).toBe(false);
      expect(verdict.results[0]).toEqual(
        expect.objectContaining({ status: 'failed', reason: 'Not ticked yet (waiver ignored: this criterion cannot be waived)' }),
      );
      expect(verdict.results[0]).not.toHaveProperty('waiver');
    });

    it('ignores a waiver with a blank reason', () => {
      const verdict = run(waivable, waiver('lee', '  \n ', ADMINS));
      expect(verdict.passed).toBe(false);
      expect(verdict.results[0]).toMatchObject({ status: 'failed', reason: 'Not ticked yet (waiver ignored: a waiver needs a written reason)' });
    });

    it('ignores a waiver by a person waivableBy does not allow', () => {
      const verdict = run(waivable, waiver('dana', 'Support knows', { groups: ['developers'], projectRoles: ['Developers'] }));
      expect(verdict.passed).toBe(false);
      expect(verdict.results[0]).toMatchObject({ status: 'failed', reason: `Not ticked yet (waiver ignored: ${PEOPLE.dana.accountId} may not waive it)` });
    });

    it('ignores a waiver when waivableBy names nobody', () => {
      expect(run(gate([manual('support-briefed', { waivableBy: {} })])).results[0]?.status).toBe('failed');
    });

    it('leaves a passing criterion passed', () => {
      const r = gateRecords({ ticks: { 'support-briefed': tick('quinn') }, waivers: { 'support-briefed': waiver('lee', 'Not needed', ADMINS) } });
      const [result] = evaluate(waivable, { issue: issue(), records: r }, englishSay).results;
      expect(result).toMatchObject({ status: 'passed', reason: `Ticked by ${PEOPLE.quinn.accountId} at 2025-03-10T09:30:00.000Z` });
      expect(result).not.toHaveProperty('waiver');
    });

    it('waives an optional criterion too, without changing the outcome', () => {
      const verdict = run(gate([manual('support-briefed', { waivableBy: ADMINS, required: false })]));
      expect(verdict).toMatchObject({ passed: true, results: [{ status: 'waived', required: false }] });
    });

    it('counts a waiver only for the criterion id it names', () => {
      const g = gate([manual('copy-reviewed', { waivableBy: ADMINS })]);
      expect(run(g).results[0]).toMatchObject({ status: 'failed', reason: 'Not ticked yet' });
    });
  });

  describe('records are per gate', () => {
    const g = (id: string) => gate([manual('support-briefed', { waivableBy: ADMINS })], { id });
    const r = records({
      gates: {
        'ready-for-qa': { ticks: { 'support-briefed': tick('lee') } },
        'go-live': { waivers: { 'support-briefed': waiver('lee', 'Covered by the launch call', ADMINS) } },
      },
    });

    it('reads only the records of the gate being evaluated', () => {
      expect(statuses(evaluate(g('ready-for-qa'), { issue: issue(), records: r }, englishSay).results)).toEqual({ 'support-briefed': 'passed' });
      expect(statuses(evaluate(g('go-live'), { issue: issue(), records: r }, englishSay).results)).toEqual({ 'support-briefed': 'waived' });
      expect(statuses(evaluate(g('done'), { issue: issue(), records: r }, englishSay).results)).toEqual({ 'support-briefed': 'failed' });
    });

    it('does not resolve gate or criterion ids to inherited properties', () => {
      const ctor = gate([manual('constructor', { waivableBy: ADMINS })], { id: 'constructor' });
      const withMaps = records({ gates: { other: {} } });
      expect(evaluate(ctor, { issue: issue(), records: withMaps }, englishSay).results[0]).toMatchObject({ status: 'failed', reason: 'Not ticked yet' });
      const withWaivers = gateRecords({ ticks: {}, waivers: {}, approvals: {} }, 'constructor');
      expect(evaluate(ctor, { issue: issue(), records: withWaivers }, englishSay).results[0]).toMatchObject({ status: 'failed', reason: 'Not ticked yet' });
    });
  });

  describe('on the fixtures', () => {
    const ready = readyForQaGate();

    it('the fixture gate is a valid gate', () => {
      expect(parseGate(ready)).toEqual({ ok: true, value: ready });
    });

    it('passes the ready story with complete records', () => {
      const verdict = evaluate(ready, { issue: jiraFixture('issue-story-ready'), records: recordsFixture('records-ready') }, englishSay);
      expect(verdict.passed).toBe(true);
      expect(verdict.results.filter((r) => r.status !== 'passed')).toEqual([]);
      expect(verdict.results.map((r) => r.reason)).toEqual([
        'Description is set',
        'Fix versions is set',
        'Assignee is set',
        'Story point estimate is set',
        'Risk level is set',
        'Labels are as required',
        'All 2 sub-tasks done',
        'All 1 linked work item done',
        'Every handoff section is filled in',
        'All 3 behaviours verified',
        `Ticked by ${PEOPLE.lee.accountId} at 2025-03-10T08:15:00.000Z`,
        '1 approval of 1 needed',
        '2 approvals of 2 needed',
      ]);
    });

    it('blocks the failing story and says exactly why', () => {
      const verdict = evaluate(ready, { issue: jiraFixture('issue-story-failing'), records: recordsFixture('records-failing') }, englishSay);
      expect(verdict).toMatchObject({ gate: 'ready-for-qa', issue: 'ABC-140', applicable: true, passed: false });
      expect(verdict.results.map((r) => [r.id, r.status, r.reason])).toEqual([
        ['description', 'failed', 'Description is empty'],
        ['fix-version', 'failed', 'Fix versions is empty'],
        ['assignee', 'failed', 'Assignee is empty'],
        ['story-points', 'failed', 'Story point estimate is empty'],
        ['risk-level', 'failed', 'Risk level is empty'],
        ['not-wip', 'failed', 'Has label "wip" that must be removed'],
        ['subtasks', 'failed', '2 sub-tasks not done: ABC-141 (In Progress), ABC-142 (To Do)'],
        [
          'blockers',
          'waived',
          `Waived by ${PEOPLE.lee.accountId} at 2025-03-10T12:02:00.000Z: ABC-99 only blocks the mobile app (1 work item linked as "is blocked by" not done: ABC-99 (In Progress))`,
        ],
        ['handoff', 'failed', 'Handoff package is missing: Known risk areas, Test accounts / data setup, Release notes draft'],
        [
          'behaviours',
          'failed',
          '3 of 4 behaviours not verified: "Estimate updates when the postcode chan…" (failed), "Out-of-stock items show no estimate" (changed since verified), "Estimate service timeout hides the esti…" (untested)',
        ],
        ['support-briefed', 'failed', `Not ticked yet (waiver ignored: ${PEOPLE.dana.accountId} may not waive it)`],
        ['product-sign-off', 'failed', '0 of 1 approvals from members of the product-managers group (waiver ignored: a waiver needs a written reason)'],
        ['qa-sign-off', 'failed', '1 of 2 approvals from people in the QA project role'],
      ]);
      expect(verdict.results.find((r) => r.id === 'risk-level')?.required).toBe(false);
    });

    it('passes the ready story when valid waivers stand in for the missing tick and sign-off', () => {
      const verdict = evaluate(ready, { issue: jiraFixture('issue-story-ready'), records: recordsFixture('records-waived') }, englishSay);
      expect(verdict.passed).toBe(true);
      expect(verdict.results.filter((r) => r.status === 'waived').map((r) => [r.id, r.waiver?.accountId])).toEqual([
        ['support-briefed', PEOPLE.lee.accountId],
        ['product-sign-off', PEOPLE.priya.accountId],
      ]);
    });

    it('does not apply to the bug', () => {
      expect(evaluate(ready, { issue: jiraFixture('issue-bug-minimal') }, englishSay)).toEqual({
        gate: 'ready-for-qa',
        gateName: 'Ready for QA',
        issue: 'ABC-150',
        applicable: false,
        passed: true,
        results: [],
      });
    });
  });
});
