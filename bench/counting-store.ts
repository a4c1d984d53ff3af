import type { KeyValueStore } from '../src/ports/key-value-store';
import { KVS_BATCH_KEYS } from '../src/adapters/forge-kvs-batch-get';

/**
 * A store that counts the storage calls Forge would make: single reads (get, getVersioned),
 * batched reads (one per 25 keys, as kvs.batchGet takes them) and commits.
 */
export function countingStore(store: KeyValueStore) {
  const counts = { reads: 0, batches: 0, commits: 0 };
  const counted: KeyValueStore = {
    get: (key) => ((counts.reads += 1), store.get(key)),
    getVersioned: (key) => ((counts.reads += 1), store.getVersioned(key)),
    ...(store.getMany ? { getMany: (keys: readonly string[]) => ((counts.batches += Math.ceil(keys.length / KVS_BATCH_KEYS)), store.getMany!(keys)) } : {}),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    commit: (writes) => ((counts.commits += 1), store.commit(writes)),
  };
  return { counted, counts };
}
