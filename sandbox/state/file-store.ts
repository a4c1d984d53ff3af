/**
 * The app's storage in the sandbox: the KeyValueStore port over one JSON file (`.sandbox/storage.json`).
 * The file is read on first use and rewritten atomically (temp file + rename) on every write;
 * keys, values and commits follow Forge's rules (versionedMapStore). Versions live in memory only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { versionedMapStore, type StoredEntry } from '../../src/adapters/versioned-map-store';

export interface FileStore extends KeyValueStore {
  /** Replaces everything stored with `values` and writes the file. */
  seed(values: Record<string, unknown>): Promise<void>;
  /** Seeds with `values` only when the file does not exist yet; true when it seeded. */
  seedIfAbsent(values: Record<string, unknown>): Promise<boolean>;
  /** A copy of everything stored. */
  snapshot(): Promise<Record<string, unknown>>;
}

const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export function fileStore(path: string): FileStore {
  let entries: Map<string, StoredEntry> | undefined;

  function load(): Map<string, StoredEntry> {
    if (entries) return entries;
    if (!existsSync(path)) return (entries = new Map());
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`The sandbox's app storage ${path} is not valid JSON (${(error as Error).message}); start with --reset to seed it afresh.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`The sandbox's app storage ${path} must hold a JSON object of key → value; start with --reset to seed it afresh.`);
    }
    return (entries = new Map(Object.entries(parsed).map(([key, value], i) => [key, { raw: JSON.stringify(value), version: i + 1 }])));
  }

  function write(): void {
    const data = Object.fromEntries([...load()].map(([key, value]) => [key, JSON.parse(value.raw) as unknown]));
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(temp, path);
  }

  const store: FileStore = {
    ...versionedMapStore(load, { afterWrite: write }),
    seed: async (values) => {
      entries = new Map(
        Object.entries(copy(values) as Record<string, unknown>).map(([key, value], i) => [key, { raw: JSON.stringify(value), version: i + 1 }]),
      );
      write();
    },
    seedIfAbsent: async (values) => {
      if (existsSync(path)) return false;
      await store.seed(values);
      return true;
    },
    snapshot: async () => Object.fromEntries([...load()].map(([key, value]) => [key, JSON.parse(value.raw) as unknown])),
  };
  return store;
}
