import type { Gate } from '../domain/gates/gate-schema';

/** A merge: a gate of the file replaces the one with its id in place; the file's new gates are added at the end. */
export function mergeGates(current: readonly Gate[], incoming: readonly Gate[]): Gate[] {
  const byId = new Map(incoming.map((g) => [g.id, g]));
  const kept = current.map((g) => byId.get(g.id) ?? g);
  const known = new Set(current.map((g) => g.id));
  return [...kept, ...incoming.filter((g) => !known.has(g.id))];
}
