import type { KeyValueStore } from '../ports/key-value-store';
import { versionedMapStore, type MapStoreHooks, type StoredEntry } from './versioned-map-store';

export type MemoryStore = KeyValueStore & { snapshot(): Record<string, unknown> };

/** A store in memory, as strict as Forge's (keys, 240 KiB values, conditional commits). */
export function memoryStore(initial: Record<string, unknown> = {}, hooks: MapStoreHooks = {}): MemoryStore {
  const data = new Map<string, StoredEntry>(Object.entries(initial).map(([k, v], i) => [k, { raw: JSON.stringify(v), version: i + 1 }]));
  return {
    ...versionedMapStore(() => data, hooks),
    snapshot: () => Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v.raw)])),
  };
}
