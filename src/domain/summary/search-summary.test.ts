import { behaviour, fullHandoff, records, verification } from '../../../test/support/builders';
import type { CriterionResult, Verdict } from '../verdict';
import { readSearchSummary, sameSearchSummary, searchSummary, SEARCH_SUMMARY_MAX_CHARACTERS } from './search-summary';

const AT = '2025-06-02T09:00:00.000Z';
const result = (id: string, status: CriterionResult['status'], required = true): CriterionResult => ({
  id,
  kind: 'manual',
  label: id,
  required,
  status,
  reason: '',
  hint: '',
});
const verdict = (gate: string, results: CriterionResult[], applicable = true): Verdict => ({
  gate,
  gateName: gate,
  issue: 'ABC-1',
  applicable,
  passed: results.every((r) => !r.required || r.status !== 'failed'),
  results,
});

describe('searchSummary', () => {
  it('names the failing and passing gates and the failing required checks; gates that do not apply are left out', () => {
    const summary = searchSummary(
      [
        verdict('ready-for-qa', [result('handoff', 'passed'), result('build', 'waived')]),
        verdict('definition-of-done', [result('fix-version', 'failed'), result('optional', 'failed', false), result('support', 'failed')]),
        verdict('epic-launch', [], false),
      ],
      records(),
      AT,
    );
    expect(summary).toMatchObject({
      failingGates: ['definition-of-done'],
      passingGates: ['ready-for-qa'],
      failingChecks: ['definition-of-done/fix-version', 'definition-of-done/support'],
      checkedAt: AT,
    });
  });

  it('says whether the handoff package is empty, incomplete (with the missing sections) or complete', () => {
    expect(searchSummary([], records(), AT)).toMatchObject({
      handoff: 'empty',
      handoffMissing: ['summary', 'expectedBehaviours', 'riskAreas', 'testData', 'releaseNotes'],
    });
    expect(searchSummary([], records({ handoff: { ...fullHandoff(), testData: '  ' } }), AT)).toMatchObject({
      handoff: 'incomplete',
      handoffMissing: ['testData'],
    });
    expect(searchSummary([], records({ handoff: fullHandoff() }), AT)).toMatchObject({ handoff: 'complete', handoffMissing: [] });
  });

  it('counts behaviours passed, failed and unverified (untested or changed since verified), ignoring blank ones', () => {
    const handoff = {
      expectedBehaviours: [behaviour('b1', 'one'), behaviour('b2', 'two'), behaviour('b3', 'three'), behaviour('b4', 'four now'), behaviour('b5', ' ')],
    };
    const verifications = { b1: verification('one'), b2: verification('two', 'failed'), b4: verification('four') };
    expect(searchSummary([], records({ handoff, verifications }), AT).behaviours).toEqual({ total: 4, passed: 1, failed: 1, retest: 0, unverified: 2 });
  });

  it('counts a failure whose bug is done since as to retest, not failed', () => {
    const handoff = { expectedBehaviours: [behaviour('b1', 'one'), behaviour('b2', 'two')] };
    const failed = (text: string) => ({ ...verification(text, 'failed'), at: '2026-12-01T09:00:00.000Z' });
    const bug = (key: string, doneAt?: string) => ({ issueId: '1', key, accountId: 'quinn', at: '2026-12-01T10:00:00.000Z', ...(doneAt ? { doneAt } : {}) });
    const r = records({
      handoff,
      verifications: { b1: failed('one'), b2: failed('two') },
      bugs: { b1: bug('ABC-1', '2026-12-02T10:00:00.000Z'), b2: bug('ABC-2') },
    });
    expect(searchSummary([], r, AT).behaviours).toEqual({ total: 2, passed: 0, failed: 1, retest: 1, unverified: 0 });
  });

  it("stays well under Jira's 32,768-character property limit even for a large gate set", () => {
    const many = Array.from({ length: 300 }, (_, g) =>
      verdict(
        `gate-${'x'.repeat(50)}-${g}`,
        Array.from({ length: 20 }, (_, c) => result(`check-${'y'.repeat(50)}-${c}`, 'failed')),
      ),
    );
    const summary = searchSummary(many, records(), AT);
    expect(JSON.stringify(summary).length).toBeLessThan(SEARCH_SUMMARY_MAX_CHARACTERS);
    expect(summary.failingGates).toHaveLength(100);
    expect(summary.failingChecks).toHaveLength(100);
  });
});

describe('sameSearchSummary', () => {
  const summary = searchSummary([verdict('definition-of-done', [result('a', 'failed')])], records(), AT);

  it('ignores checkedAt, so an unchanged state is not rewritten', () => {
    expect(sameSearchSummary({ ...summary, checkedAt: '2020-01-01T00:00:00.000Z' }, summary)).toBe(true);
  });

  it('sees any other difference, and treats a missing or hand-edited value as different', () => {
    expect(sameSearchSummary({ ...summary, failingGates: [] }, summary)).toBe(false);
    expect(sameSearchSummary(undefined, summary)).toBe(false);
    expect(sameSearchSummary({ failingGates: ['definition-of-done'] }, summary)).toBe(false);
    expect(readSearchSummary('garbage')).toBeUndefined();
  });
});
