import type { Verdict } from '../verdict';

/** How far a work item is through one gate: the figures behind "DoD 6/8". */
export interface GateProgress {
  gate: string;
  gateName: string;
  applicable: boolean;
  passed: boolean;
  /** Required criteria that passed or were waived. */
  met: number;
  /** Required criteria in all. Optional ones never count: they cannot block. */
  required: number;
  /** Ids of the required criteria that failed, in the gate's order. */
  failing: string[];
}

/** The required criteria among a gate's results and those that failed (a waived one counts as met). */
export function requiredTally<T extends { required: boolean; status: string }>(results: readonly T[]): { met: number; required: number; failing: T[] } {
  const required = results.filter((r) => r.required);
  const failing = required.filter((r) => r.status === 'failed');
  return { met: required.length - failing.length, required: required.length, failing };
}

export function gateProgress(verdict: Verdict): GateProgress {
  const { met, required, failing } = requiredTally(verdict.results);
  return {
    gate: verdict.gate,
    gateName: verdict.gateName,
    applicable: verdict.applicable,
    passed: verdict.passed,
    met,
    required,
    failing: failing.map((r) => r.id),
  };
}
