import type { KeyValueStore } from '../ports/key-value-store';
import { INDEX_FORMAT, INDEX_LIMITS, type HistoryEntry, type IndexedDecision, type PageEntry, type SpaceEntry } from '../domain/decisions/index-schema';
import { chunked } from '../domain/decisions/chunks';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import { historyKey, pageChunkKey, pageIndexKey, spaceIndexKey } from './index-keys';
import { writeItemEntries } from './write-item-entries';
import { withEntries } from '../domain/decisions/relitigation';
import { parseHistory, parsePageEntry, parseSpaceEntry } from './read-index';

export type WriteOutcome =
  /** `changedItems`: the work items whose entry changed (their gates may read differently now). */
  | { written: true; items: number; changedItems: string[]; damagedItems: string[] }
  | { written: false; reason: 'older' | 'contended' | 'damaged-page' | 'space-full'; damagedItems?: string[] };

function withPage(space: SpaceEntry | undefined, spaceId: string, pageId: string, listed: boolean): SpaceEntry | 'full' {
  const others = (space?.pageIds ?? []).filter((id) => id !== pageId);
  if (!listed) return { format: INDEX_FORMAT, spaceId, pageIds: others };
  if (others.length >= INDEX_LIMITS.pagesPerSpace) return 'full';
  return { format: INDEX_FORMAT, spaceId, pageIds: [...others, pageId].sort() };
}

/**
 * Puts a page's entry in the index. Every item its decisions link now or linked before gets its
 * entry rewritten first; the page's own entry (and its space's page list) is written last, in one
 * commit that holds only while nobody wrote a newer version of the page meanwhile. A run that
 * stops half-way leaves the page entry at the old version, so the next event redoes the lot.
 */
export async function writePageEntry(
  store: KeyValueStore,
  entry: PageEntry,
  decisions: readonly IndexedDecision[],
  history: readonly HistoryEntry[] = [],
): Promise<WriteOutcome> {
  const before = parsePageEntry(await store.get(pageIndexKey(entry.pageId)));
  if (!before.ok) return { written: false, reason: 'damaged-page' };
  if (before.value && before.value.version > entry.version) return { written: false, reason: 'older' };
  const keys = [...new Set([...(before.value?.itemKeys ?? []), ...entry.itemKeys])];
  const items = await writeItemEntries(store, keys, entry, decisions);
  if (items.contended) return { written: false, reason: 'contended', damagedItems: items.damaged };

  const oldSpace = before.value && before.value.spaceId !== entry.spaceId ? before.value.spaceId : undefined;
  const chunks = chunked(decisions);
  // Every chunk key the page fills now or filled before is read, so that the commit may write or remove it.
  const chunkKeys = Array.from({ length: Math.max(chunks.length, before.value?.chunks ?? 0) }, (_, n) => pageChunkKey(entry.pageId, n));
  // A page removed before it was ever indexed has no known space (''): no space list is touched for it.
  const spaces = [entry.spaceId, oldSpace].filter((id): id is string => id !== undefined && id !== '');
  const keysRead = [pageIndexKey(entry.pageId), historyKey(entry.pageId), ...spaces.map(spaceIndexKey), ...chunkKeys];
  const outcome = await updateAtomically(store, keysRead, (values): UpdatePlan<WriteOutcome> => {
    const read = (key: string) => values[keysRead.indexOf(key)];
    const stored = parsePageEntry(read(pageIndexKey(entry.pageId)));
    if (!stored.ok) return { answer: { written: false, reason: 'damaged-page' } };
    if (stored.value && stored.value.version > entry.version) return { answer: { written: false, reason: 'older' } };
    if ((stored.value?.chunks ?? 0) > chunkKeys.length) return { answer: { written: false, reason: 'contended' } };
    const writes: Array<{ key: string; value: unknown } | { key: string; remove: true }> = [
      { key: pageIndexKey(entry.pageId), value: { ...entry, decisionCount: decisions.length, chunks: chunks.length } },
      ...chunks.map((part, n) => ({
        key: pageChunkKey(entry.pageId, n),
        value: { format: INDEX_FORMAT, pageId: entry.pageId, version: entry.version, decisions: part },
      })),
      ...chunkKeys.slice(chunks.length).map((key) => ({ key, remove: true as const })),
    ];
    for (const spaceId of spaces) {
      // A damaged space list is only a list of pages (the register's): it is rebuilt from this page on.
      const current = parseSpaceEntry(read(spaceIndexKey(spaceId)));
      const next = withPage(current.ok ? current.value : undefined, spaceId, entry.pageId, spaceId === entry.spaceId && !entry.removed && decisions.length > 0);
      if (next === 'full') return { answer: { written: false, reason: 'space-full' } };
      writes.push({ key: spaceIndexKey(spaceId), value: next });
    }
    // Changes are appended once: a run that finds this version already written adds none. A damaged history is left as it is.
    const kept = parseHistory(read(historyKey(entry.pageId)));
    if (history.length > 0 && kept.ok && stored.value?.version !== entry.version)
      writes.push({
        key: historyKey(entry.pageId),
        value: { format: INDEX_FORMAT, pageId: entry.pageId, entries: withEntries(kept.value?.entries ?? [], history) },
      });
    return { writes, answer: { written: true, items: keys.length, changedItems: items.changed, damagedItems: items.damaged } };
  });
  return outcome === CONTENDED ? { written: false, reason: 'contended', damagedItems: items.damaged } : outcome;
}
