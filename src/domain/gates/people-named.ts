import type { Gate } from './gate-schema';
import type { Principals } from './principals';

const idsOf = (p: Principals | undefined) => p?.accountIds ?? [];

/** Every accountId the gates name as a person (QA verifiers, approvers, waivers), once each, in order. */
export function peopleNamedBy(gates: readonly Gate[]): string[] {
  const ids = gates.flatMap((gate) => [
    ...idsOf(gate.qaVerifiers),
    ...gate.criteria.flatMap((c) => [...idsOf(c.waivableBy), ...(c.kind === 'approval' ? idsOf(c.approvers) : [])]),
  ]);
  return [...new Set(ids)];
}
