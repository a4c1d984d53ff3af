import type { KeyValueStore } from '../ports/key-value-store';
import type { Gate } from '../domain/gates/gate-schema';
import type { LinkedDecisions } from '../domain/decisions/linked-decisions';
import { loadLinkedDecisions } from './read-index';

/** Whether any of the gates checks linked decisions (only then is the index read). */
export const needsDecisions = (gates: readonly Gate[]): boolean => gates.some((g) => g.criteria.some((c) => c.kind === 'decisions-settled'));

/** The decisions linking `itemKey` when one of `gates` needs them: at most one storage read. */
export async function decisionsForGates(store: KeyValueStore, gates: readonly Gate[], itemKey: string): Promise<{ decisions?: LinkedDecisions }> {
  return needsDecisions(gates) ? { decisions: await loadLinkedDecisions(store, itemKey) } : {};
}
