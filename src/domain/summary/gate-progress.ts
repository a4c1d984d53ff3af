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

export function gateProgress(verdict: Verdict): GateProgress {
  const required = verdict.results.filter((r) => r.required);
  const failing = required.filter((r) => r.status === 'failed').map((r) => r.id);
  return {
    gate: verdict.gate,
    gateName: verdict.gateName,
    applicable: verdict.applicable,
    passed: verdict.passed,
    met: required.length - failing.length,
    required: required.length,
    failing,
  };
}
