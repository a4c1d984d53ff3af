import type { KeyValueStore, StoreWrite } from '../ports/key-value-store';
import { checkCommit, checkKey, checkValue } from './kvs-limits';

export interface StoredEntry {
  raw: string;
  version: number;
}

export interface MapStoreHooks {
  /** Runs before any write reaches the map (tests interleave writers or cut an invocation here). */
  beforeWrite?: (keys: string[]) => Promise<void> | void;
  /** Runs after a write changed the map (the file store saves here). */
  afterWrite?: () => void;
}

/**
 * The local stores' shared core: Forge's key rules and value limits, JSON copies in and out,
 * and conditional commits. Versions come from one counter, so a key deleted and written again
 * never returns to a version a stale reader holds.
 */
export function versionedMapStore(entries: () => Map<string, StoredEntry>, hooks: MapStoreHooks = {}): KeyValueStore {
  let counter = 0;
  const versionOf = (key: string) => entries().get(key)?.version ?? 0;
  const nextVersion = () => {
    for (const entry of entries().values()) counter = Math.max(counter, entry.version);
    return ++counter;
  };
  const apply = (w: StoreWrite) => ('remove' in w ? entries().delete(w.key) : entries().set(w.key, { raw: JSON.stringify(w.value), version: nextVersion() }));
  const write = async (writes: StoreWrite[], conditional: boolean): Promise<'committed' | 'conflict'> => {
    await hooks.beforeWrite?.(writes.map((w) => w.key));
    // Checked and applied in one turn of the event loop: nothing can interleave.
    if (conditional && writes.some((w) => versionOf(w.key) !== w.expectVersion)) return 'conflict';
    writes.forEach(apply);
    hooks.afterWrite?.();
    return 'committed';
  };
  return {
    get: async (key) => {
      const raw = entries().get(key)?.raw;
      return raw === undefined ? undefined : JSON.parse(raw);
    },
    getMany: async (keys) =>
      keys.map((key) => {
        const raw = entries().get(key)?.raw;
        return raw === undefined ? undefined : JSON.parse(raw);
      }),
    getVersioned: async (key) => {
      const entry = entries().get(key);
      return entry ? { value: JSON.parse(entry.raw), version: entry.version } : { value: undefined, version: 0 };
    },
    set: async (key, value) => {
      checkKey(key);
      checkValue(key, value);
      await write([{ key, value, expectVersion: 0 }], false);
    },
    delete: async (key) => {
      checkKey(key);
      await write([{ key, remove: true, expectVersion: 0 }], false);
    },
    commit: async (writes) => {
      checkCommit(writes);
      return write(writes, true);
    },
  };
}
