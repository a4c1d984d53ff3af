import type { KeyValueStore, StoreWrite } from '../ports/key-value-store';

/** What one read-modify-write decided: values to write (all or none) and the answer, or only an answer. */
export type UpdatePlan<R> = { writes: Array<{ key: string; value: unknown } | { key: string; remove: true }>; answer: R } | { answer: R };

export const CONTENDED = Symbol('contended');

/**
 * Reads `keys`, lets `plan` decide from their values, and commits its writes on condition that
 * none of the keys moved in between. A conflict starts over from a fresh read (so `plan` sees the
 * other writer's change and may refuse), at most `attempts` times; then CONTENDED.
 */
export async function updateAtomically<R>(
  store: KeyValueStore,
  keys: string[],
  plan: (values: unknown[]) => UpdatePlan<R> | Promise<UpdatePlan<R>>,
  attempts = 4,
): Promise<R | typeof CONTENDED> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const read = await Promise.all(keys.map((key) => store.getVersioned(key)));
    const decided = await plan(read.map((r) => r.value));
    if (!('writes' in decided) || decided.writes.length === 0) return decided.answer;
    const versionOf = (key: string) => {
      const at = keys.indexOf(key);
      if (at < 0) throw new Error(`updateAtomically: ${key} was written without being read`);
      return read[at]!.version;
    };
    const writes: StoreWrite[] = decided.writes.map((w) => ({ ...w, expectVersion: versionOf(w.key) }));
    if ((await store.commit(writes)) === 'committed') return decided.answer;
  }
  return CONTENDED;
}
