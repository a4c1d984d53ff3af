import { StorageLimitError, type StoreWrite } from '../ports/key-value-store';

/** Forge's Key-Value Store limits (forge-docs limits-kvs-ce): what every local store enforces too. */
export const KVS_LIMITS = {
  keyCharacters: 500,
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/,
  valueBytes: 240 * 1024,
  objectDepth: 31,
  transactionOperations: 25,
  transactionBytes: 4 * 1024 * 1024,
} as const;

export { StorageLimitError };

const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf)) : 0;

export const storedBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

export function checkKey(key: string): void {
  if (key.length === 0 || key.length > KVS_LIMITS.keyCharacters)
    throw new StorageLimitError(`storage key of ${key.length} characters: Forge takes 1 to ${KVS_LIMITS.keyCharacters}`);
  if (!KVS_LIMITS.keyPattern.test(key)) throw new StorageLimitError(`storage key ${JSON.stringify(key.slice(0, 80))} has characters Forge's store refuses`);
}

/** On Forge a value is stored inside `{ version, value }` (forge-kvs-store.ts): the limits apply to that. */
const asStored = (value: unknown) => ({ version: 2 ** 47, value });

export function checkValue(key: string, value: unknown): void {
  if (value === undefined) throw new StorageLimitError(`cannot store undefined under ${key}; delete the key instead`);
  const bytes = storedBytes(asStored(value));
  if (bytes > KVS_LIMITS.valueBytes)
    throw new StorageLimitError(`value for ${key} is ${Math.ceil(bytes / 1024)} KiB; Forge stores at most ${KVS_LIMITS.valueBytes / 1024} KiB a value`);
  if (depthOf(asStored(value)) > KVS_LIMITS.objectDepth)
    throw new StorageLimitError(`value for ${key} is nested deeper than Forge's ${KVS_LIMITS.objectDepth} levels`);
}

export function checkCommit(writes: StoreWrite[]): void {
  if (writes.length === 0 || writes.length > KVS_LIMITS.transactionOperations)
    throw new StorageLimitError(`a transaction of ${writes.length} writes: Forge takes 1 to ${KVS_LIMITS.transactionOperations}`);
  if (new Set(writes.map((w) => w.key)).size !== writes.length) throw new StorageLimitError('a transaction names one key twice; Forge refuses that');
  for (const w of writes) {
    checkKey(w.key);
    if (!('remove' in w)) checkValue(w.key, w.value);
  }
  const bytes = storedBytes(writes.map((w) => ('remove' in w ? null : w.value)));
  if (bytes > KVS_LIMITS.transactionBytes) throw new StorageLimitError(`a transaction of ${Math.ceil(bytes / 1024)} KiB: Forge takes at most 4 MB`);
}
