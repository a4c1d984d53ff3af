import type { KeyValueStore } from '../ports/key-value-store';
import { itemEntrySchema, pageEntrySchema, spaceEntrySchema, type ItemEntry, type PageEntry, type SpaceEntry } from '../domain/decisions/index-schema';
import { linkedDecisions, type LinkedDecisions } from '../domain/decisions/linked-decisions';
import { itemIndexKey } from './index-keys';

type Entry<T> = { ok: true; value: T | undefined } | { ok: false };

const parseWith =
  <T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }) =>
  (raw: unknown): Entry<T> => {
    if (raw === undefined || raw === null) return { ok: true, value: undefined };
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
  };

export const parsePageEntry: (raw: unknown) => Entry<PageEntry> = parseWith(pageEntrySchema);
export const parseItemEntry: (raw: unknown) => Entry<ItemEntry> = parseWith(itemEntrySchema);
export const parseSpaceEntry: (raw: unknown) => Entry<SpaceEntry> = parseWith(spaceEntrySchema);

/** The decisions that link the work item `key`: one storage read; a damaged entry makes the gate fail closed. */
export async function loadLinkedDecisions(store: KeyValueStore, key: string): Promise<LinkedDecisions> {
  const entry = parseItemEntry(await store.get(itemIndexKey(key)));
  return entry.ok ? linkedDecisions(entry.value) : { state: 'unreadable' };
}
