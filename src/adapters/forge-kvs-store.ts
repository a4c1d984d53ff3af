import { randomInt } from 'node:crypto';
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import type { KeyValueStore, StoreWrite, Versioned } from '../ports/key-value-store';
import { StorageLimitError } from '../ports/key-value-store';
import { DOC_ENTITY, type Doc } from './forge-kvs-doc';
import { forgeBatchGet } from './forge-kvs-batch-get';

export { DOC_ENTITY } from './forge-kvs-doc';

/**
 * A value stored before the entity existed (plain KVS) is read as version 0; its first commit
 * must find no entity value (`version` not existing), so two first writers cannot both land.
 * Versions are random, so a key deleted and written again never repeats one a reader holds.
 */
const docs = () => kvs.entity<Doc>(DOC_ENTITY);
const newVersion = () => randomInt(1, 2 ** 47);

async function getVersioned(key: string): Promise<Versioned> {
  const doc = await docs().get(key);
  if (doc) return { value: doc.value, version: doc.version };
  return { value: await kvs.get(key), version: 0 };
}

const expected = (w: StoreWrite) =>
  w.expectVersion === 0
    ? new Filter<Doc>().and('version', FilterConditions.notExists())
    : new Filter<Doc>().and('version', FilterConditions.equalTo(w.expectVersion));

async function commit(writes: StoreWrite[]): Promise<'committed' | 'conflict'> {
  const tx = kvs.transact();
  for (const w of writes) {
    const entity = { entityName: DOC_ENTITY, conditions: expected(w) };
    if ('remove' in w) tx.delete(w.key, entity);
    else tx.set<Doc>(w.key, { version: newVersion(), value: w.value }, entity);
  }
  try {
    await tx.execute();
  } catch (error) {
    // Forge does not document the failed-condition code: a moved version is the conflict, anything else is not.
    const now = await Promise.all(writes.map((w) => docs().get(w.key)));
    if (writes.some((w, i) => (now[i]?.version ?? 0) !== w.expectVersion)) return 'conflict';
    throw error;
  }
  // Plain-KVS values from before the entity are now superseded.
  await Promise.all(writes.filter((w) => w.expectVersion === 0).map((w) => kvs.delete(w.key)));
  return 'committed';
}

const LIMIT_CODES = new Set(['MAX_SIZE', 'MAX_DEPTH', 'KEY_TOO_LONG', 'KEY_TOO_SHORT', 'INVALID_KEY']);

/** Forge's own refusals of a key or value as StorageLimitError, as the local stores raise them. */
async function limited<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && LIMIT_CODES.has(code)) throw new StorageLimitError(`Forge's storage refused it (${code}): ${(error as Error).message}`);
    throw error;
  }
}

export const forgeKvsStore: KeyValueStore = {
  get: async (key) => (await getVersioned(key)).value,
  getMany: forgeBatchGet,
  set: async (key, value) => {
    await limited(() => docs().set(key, { version: newVersion(), value }));
    await kvs.delete(key);
  },
  delete: async (key) => {
    await Promise.all([docs().delete(key), kvs.delete(key)]);
  },
  getVersioned,
  commit: (writes) => limited(() => commit(writes)),
};
