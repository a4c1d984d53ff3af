import { kvs } from '@forge/kvs';
import { DOC_ENTITY, type Doc } from './forge-kvs-doc';

/** Forge's most keys in one batch operation. */
export const KVS_BATCH_KEYS = 25;
/** Batches in flight at once. */
const PARALLEL_BATCHES = 8;

const NOT_FOUND = 'KEY_NOT_FOUND';

/** One batch (≤ 25 distinct keys) of entity or plain values by key; a key with no value is absent from the map. */
async function batch(keys: readonly string[], entity: boolean): Promise<Map<string, unknown>> {
  const result = await kvs.batchGet<unknown>(keys.map((key) => (entity ? { key, entityName: DOC_ENTITY } : { key })));
  const failed = result.failedKeys.filter((f) => f.error.code !== NOT_FOUND);
  if (failed.length > 0)
    throw new Error(`Forge's storage could not read ${failed.length} of ${keys.length} values (${failed[0]?.error.code}: ${failed[0]?.error.message}).`);
  const values = new Map<string, unknown>();
  for (const found of result.successfulKeys) {
    if (found.value === undefined) continue;
    values.set(found.key, entity ? (found.value as Doc).value : found.value);
  }
  return values;
}

async function inBatches(keys: readonly string[], entity: boolean): Promise<Map<string, unknown>> {
  const batches: string[][] = [];
  for (let start = 0; start < keys.length; start += KVS_BATCH_KEYS) batches.push(keys.slice(start, start + KVS_BATCH_KEYS));
  const values = new Map<string, unknown>();
  for (let start = 0; start < batches.length; start += PARALLEL_BATCHES) {
    const done = await Promise.all(batches.slice(start, start + PARALLEL_BATCHES).map((b) => batch(b, entity)));
    for (const part of done) for (const [key, value] of part) values.set(key, value);
  }
  return values;
}

/**
 * Many values with `kvs.batchGet`: the entity values first, then, for keys with none, values
 * stored before the entity existed (plain KVS), as `getVersioned` reads one key.
 */
export async function forgeBatchGet(keys: readonly string[]): Promise<unknown[]> {
  const distinct = [...new Set(keys)];
  const docs = await inBatches(distinct, true);
  const legacy = await inBatches(
    distinct.filter((key) => !docs.has(key)),
    false,
  );
  return keys.map((key) => (docs.has(key) ? docs.get(key) : legacy.get(key)));
}
