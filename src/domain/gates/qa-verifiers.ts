import type { Gate } from './gate-schema';
import { principalsMatch, type Principals } from './principals';
import type { Verification } from '../records/records-schema';

/** Who verifies expected behaviours on an item: the first of its applicable gates that names `qaVerifiers`. */
export function qaVerifiersOf(applicableGates: readonly Gate[]): { gate: Gate; verifiers: Principals } | undefined {
  const gate = applicableGates.find((g) => g.qaVerifiers !== undefined);
  return gate?.qaVerifiers ? { gate, verifiers: gate.qaVerifiers } : undefined;
}

/**
 * Whether a verification counts: it was recorded by someone the item's QA verifiers include (by
 * the memberships the app confirmed when it was recorded), or, when no gate names verifiers, by
 * someone who could edit the item then. A verification written while the item's work type or
 * gates named nobody, or before the app recorded these rights, does not count: verify again.
 */
export const verificationCounts = (v: Verification, verifiers: Principals | undefined): boolean =>
  verifiers ? principalsMatch(verifiers, v) : v.mayEdit === true;
