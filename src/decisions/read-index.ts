import type { KeyValueStore } from '../ports/key-value-store';
import {
  historySchema,
  itemEntrySchema,
  pageChunkSchema,
  pageEntrySchema,
  spaceEntrySchema,
  type History,
  type HistoryEntry,
  type IndexedDecision,
  type ItemEntry,
  type PageEntry,
  type SpaceEntry,
} from '../domain/decisions/index-schema';
import { linkedDecisions, type LinkedDecisions } from '../domain/decisions/linked-decisions';
import { historyKey, itemIndexKey, pageChunkKey, pageIndexKey } from './index-keys';

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
export const parseHistory: (raw: unknown) => Entry<History> = parseWith(historySchema);
export const parseSpaceEntry: (raw: unknown) => Entry<SpaceEntry> = parseWith(spaceEntrySchema);

/** The decisions that link the work item `key`: one storage read; a damaged entry makes the gate fail closed. */
export async function loadLinkedDecisions(store: KeyValueStore, key: string): Promise<LinkedDecisions> {
  const entry = parseItemEntry(await store.get(itemIndexKey(key)));
  return entry.ok ? linkedDecisions(entry.value) : { state: 'unreadable' };
}

/**
 * A page's indexed decisions: its entry, then its chunks. Undefined when the page is not indexed,
 * or when a chunk is missing or from another version (a write landed in between: read again).
 */
export async function loadPageDecisions(store: KeyValueStore, pageId: string): Promise<{ entry: PageEntry; decisions: IndexedDecision[] } | undefined> {
  const entry = parsePageEntry(await store.get(pageIndexKey(pageId)));
  if (!entry.ok || !entry.value) return undefined;
  const { chunks, version } = entry.value;
  const parts = await Promise.all(Array.from({ length: chunks }, (_, n) => store.get(pageChunkKey(pageId, n))));
  const parsed = parts.map((raw) => pageChunkSchema.safeParse(raw));
  if (parsed.some((p) => !p.success || p.data.version !== version)) return undefined;
  return { entry: entry.value, decisions: parsed.flatMap((p) => (p.success ? p.data.decisions : [])) };
}

/** The changes made to a page's decided decisions, oldest first; none when there are none or they cannot be read. */
export async function loadHistory(store: KeyValueStore, pageId: string): Promise<HistoryEntry[]> {
  const history = parseHistory(await store.get(historyKey(pageId)));
  return history.ok ? (history.value?.entries ?? []) : [];
}
