/** A write the store refuses because it passes one of Forge's limits; the message names the limit. */
export class StorageLimitError extends Error {
  readonly code = 'STORAGE_LIMIT';
}

/** A stored value with the version a conditional write must name; version 0: nothing is stored. */
export interface Versioned {
  value: unknown;
  version: number;
}

/** One write of a commit: the key's value (or its removal) if the key is still at `expectVersion`. */
export type StoreWrite = { key: string; value: unknown; expectVersion: number } | { key: string; remove: true; expectVersion: number };

/**
 * The storage port: `@forge/kvs` in Forge, a map or a JSON file locally. Values are JSON.
 * `commit` is the only way to change a value more than one person changes: all its writes land
 * or none does, and a key whose version moved since it was read refuses the lot ('conflict').
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  /** Many values in as few round trips as the store allows (Forge: batches of 25), in the order asked; undefined where nothing is stored. */
  getMany?(keys: readonly string[]): Promise<unknown[]>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  getVersioned(key: string): Promise<Versioned>;
  commit(writes: StoreWrite[]): Promise<'committed' | 'conflict'>;
}
