import type { CriterionResult, Verdict } from '../verdict';
import { gateProgress } from './gate-progress';

const result = (id: string, status: CriterionResult['status'], required = true): CriterionResult => ({
  id,
  kind: 'manual',
  label: id,
  required,
  status,
  reason: '',
  hint: '',
});

const verdict = (results: CriterionResult[], applicable = true): Verdict => ({
  gate: 'definition-of-done',
  gateName: 'Definition of Done',
  issue: 'ABC-1',
  applicable,
  passed: results.every((r) => !r.required || r.status !== 'failed'),
  results,
});

describe('gateProgress', () => {
  it('counts required criteria passed or waived against all required ones, and names the failing ones', () => {
    const progress = gateProgress(
      verdict([result('a', 'passed'), result('b', 'waived'), result('c', 'failed'), result('d', 'failed'), result('e', 'failed', false)]),
    );
    expect(progress).toEqual({
      gate: 'definition-of-done',
      gateName: 'Definition of Done',
      applicable: true,
      passed: false,
      met: 2,
      required: 4,
      failing: ['c', 'd'],
    });
  });

  it('reports a gate that does not apply as passed with nothing required', () => {
    expect(gateProgress(verdict([], false))).toMatchObject({ applicable: false, passed: true, met: 0, required: 0, failing: [] });
  });

  it('never counts an optional failure against the gate', () => {
    expect(gateProgress(verdict([result('a', 'passed'), result('b', 'failed', false)]))).toMatchObject({ passed: true, met: 1, required: 1 });
  });
});
