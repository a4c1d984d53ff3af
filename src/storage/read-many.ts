import type { KeyValueStore } from '../ports/key-value-store';

/** Reads at a time when the store has no batched read. */
const PARALLEL_GETS = 20;

/** The values of `keys`, in order: the store's batched read when it has one, else gets, 20 at a time. */
export async function readMany(store: KeyValueStore, keys: readonly string[]): Promise<unknown[]> {
  if (keys.length === 0) return [];
  if (store.getMany) return store.getMany(keys);
  const values: unknown[] = new Array(keys.length);
  for (let start = 0; start < keys.length; start += PARALLEL_GETS) {
    const part = keys.slice(start, start + PARALLEL_GETS);
    const read = await Promise.all(part.map((key) => store.get(key)));
    read.forEach((value, i) => (values[start + i] = value));
  }
  return values;
}
