import type { CriterionKind } from './gates/criterion-schema';

export type CriterionStatus = 'passed' | 'failed' | 'waived';

export interface CriterionResult {
  id: string;
  kind: CriterionKind;
  label: string;
  required: boolean;
  status: CriterionStatus;
  reason: string;
  hint: string;
  /** Present when status is `waived`. */
  waiver?: { accountId: string; at: string; reason: string };
}

export interface Verdict {
  /** The gate's id. */
  gate: string;
  gateName: string;
  /** The work item's key. */
  issue: string;
  /** False when the gate's `appliesTo` excludes the item's work type; such a gate always passes. */
  applicable: boolean;
  /** True when every required criterion passed or was waived. */
  passed: boolean;
  results: CriterionResult[];
}

export function failingRequired(verdict: Verdict): CriterionResult[] {
  return verdict.results.filter((r) => r.required && r.status === 'failed');
}
