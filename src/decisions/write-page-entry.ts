import type { KeyValueStore } from '../ports/key-value-store';
import { INDEX_FORMAT, INDEX_LIMITS, type HistoryEntry, type IndexedDecision, type PageEntry, type SpaceEntry } from '../domain/decisions/index-schema';
import { chunked } from '../domain/decisions/page-entry';
import { withPageDecisions } from '../domain/decisions/item-entry';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import { historyKey, itemIndexKey, pageChunkKey, pageIndexKey, spaceIndexKey } from './index-keys';
import { withEntries } from '../domain/decisions/relitigation';
import { parseHistory, parseItemEntry, parsePageEntry, parseSpaceEntry } from './read-index';

export type WriteOutcome =
  /** `changedItems`: the work items whose entry changed (their gates may read differently now). */
  | { written: true; items: number; changedItems: string[]; damagedItems: string[] }
  | { written: false; reason: 'older' | 'contended' | 'damaged-page' | 'space-full'; damagedItems?: string[] };

/** Forge takes 25 writes a transaction; a few transactions run at once. */
const KEYS_PER_COMMIT = 25;
const COMMITS_AT_ONCE = 4;

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

type ItemsPlan = UpdatePlan<{ bad: string[]; written: string[] }>;

/** One chunk's plan: each item's entry with the page's decisions replaced; unchanged ones are not rewritten. */
function planItems(chunk: string[], values: unknown[], entry: PageEntry, decisions: readonly IndexedDecision[]): ItemsPlan {
  const writes: Array<{ key: string; value: unknown } | { key: string; remove: true }> = [];
  const bad: string[] = [];
  const written: string[] = [];
  chunk.forEach((itemKey, i) => {
    const current = parseItemEntry(values[i]);
    // A damaged entry is left as it is (its gates fail closed) rather than rebuilt from this page alone.
    if (!current.ok) return void bad.push(itemKey);
    const update = withPageDecisions(current.value, itemKey, entry, decisions);
    if (update.change === 'full')
      return void console.warn(`shipshape: ${itemKey} is linked from more than ${INDEX_LIMITS.pagesPerItem} pages; page ${entry.pageId} is left out`);
    if (update.change === 'none') return;
    if (update.change === 'write' && JSON.stringify(update.entry) === JSON.stringify(current.value)) return;
    written.push(itemKey);
    writes.push(update.change === 'write' ? { key: itemIndexKey(itemKey), value: update.entry } : { key: itemIndexKey(itemKey), remove: true });
  });
  return { writes, answer: { bad, written } };
}

/** The item entries of `keys` with `entry`'s decisions in place of the page's old ones; each chunk is one conditional commit. */
async function writeItems(
  store: KeyValueStore,
  keys: string[],
  entry: PageEntry,
  decisions: readonly IndexedDecision[],
): Promise<{ contended: boolean; damaged: string[]; changed: string[] }> {
  const damaged: string[] = [];
  const changed: string[] = [];
  let contended = false;
  for (const group of chunks(chunks(keys, KEYS_PER_COMMIT), COMMITS_AT_ONCE)) {
    const outcomes = await Promise.all(
      group.map((chunk) => updateAtomically(store, chunk.map(itemIndexKey), (values) => planItems(chunk, values, entry, decisions))),
    );
    for (const outcome of outcomes) {
      if (outcome === CONTENDED) contended = true;
      else {
        damaged.push(...outcome.bad);
        changed.push(...outcome.written);
      }
    }
  }
  return { contended, damaged, changed };
}

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
  const items = await writeItems(store, keys, entry, decisions);
  if (items.contended) return { written: false, reason: 'contended', damagedItems: items.damaged };

  const oldSpace = before.value && before.value.spaceId !== entry.spaceId ? before.value.spaceId : undefined;
  const listed = !entry.removed && decisions.length > 0;
  const chunks = chunked(decisions);
  // Every chunk key the page fills now or filled before is read, so that the commit may write or remove it.
  const chunkKeys = Array.from({ length: Math.max(chunks.length, before.value?.chunks ?? 0) }, (_, n) => pageChunkKey(entry.pageId, n));
  const keysRead = [
    pageIndexKey(entry.pageId),
    historyKey(entry.pageId),
    spaceIndexKey(entry.spaceId),
    ...(oldSpace ? [spaceIndexKey(oldSpace)] : []),
    ...chunkKeys,
  ];
  const outcome = await updateAtomically(store, keysRead, (values): UpdatePlan<WriteOutcome> => {
    const stored = parsePageEntry(values[0]);
    if (!stored.ok) return { answer: { written: false, reason: 'damaged-page' } };
    if (stored.value && stored.value.version > entry.version) return { answer: { written: false, reason: 'older' } };
    if ((stored.value?.chunks ?? 0) > chunkKeys.length) return { answer: { written: false, reason: 'contended' } };
    // A damaged space list is only a list of pages (the register's); it is rebuilt from this page on.
    const current = parseSpaceEntry(values[2]);
    const next = withPage(current.ok ? current.value : undefined, entry.spaceId, entry.pageId, listed);
    if (next === 'full') return { answer: { written: false, reason: 'space-full' } };
    const writes: Array<{ key: string; value: unknown } | { key: string; remove: true }> = [
      { key: pageIndexKey(entry.pageId), value: { ...entry, decisionCount: decisions.length, chunks: chunks.length } },
      { key: spaceIndexKey(entry.spaceId), value: next },
      ...chunks.map((part, n) => ({
        key: pageChunkKey(entry.pageId, n),
        value: { format: INDEX_FORMAT, pageId: entry.pageId, version: entry.version, decisions: part },
      })),
      ...chunkKeys.slice(chunks.length).map((key) => ({ key, remove: true as const })),
    ];
    const left = oldSpace ? parseSpaceEntry(values[3]) : undefined;
    if (oldSpace && left?.ok) writes.push({ key: spaceIndexKey(oldSpace), value: withPage(left.value, oldSpace, entry.pageId, false) });
    // Changes are appended once: a run that finds this version already written adds none. A damaged history is left as it is.
    const kept = parseHistory(values[1]);
    if (history.length > 0 && kept.ok && stored.value?.version !== entry.version)
      writes.push({
        key: historyKey(entry.pageId),
        value: { format: INDEX_FORMAT, pageId: entry.pageId, entries: withEntries(kept.value?.entries ?? [], history) },
      });
    return { writes, answer: { written: true, items: keys.length, changedItems: items.changed, damagedItems: items.damaged } };
  });
  return outcome === CONTENDED ? { written: false, reason: 'contended', damagedItems: items.damaged } : outcome;
}
