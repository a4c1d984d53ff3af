import type { KeyValueStore } from '../ports/key-value-store';
import { INDEX_FORMAT, INDEX_LIMITS, type PageEntry, type SpaceEntry } from '../domain/decisions/index-schema';
import { withPageDecisions } from '../domain/decisions/item-entry';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import { itemIndexKey, pageIndexKey, spaceIndexKey } from './index-keys';
import { parseItemEntry, parsePageEntry, parseSpaceEntry } from './read-index';

export type WriteOutcome =
  | { written: true; items: number; damagedItems: string[] }
  | { written: false; reason: 'older' | 'contended' | 'damaged-page' | 'space-full'; damagedItems?: string[] };

/** Forge takes 25 writes a transaction; a few transactions run at once. */
const KEYS_PER_COMMIT = 25;
const COMMITS_AT_ONCE = 4;

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** The item entries of `keys` with `entry`'s decisions in place of the page's old ones; each chunk is one conditional commit. */
async function writeItems(store: KeyValueStore, keys: string[], entry: PageEntry): Promise<{ contended: boolean; damaged: string[] }> {
  const damaged: string[] = [];
  let contended = false;
  for (const group of chunks(chunks(keys, KEYS_PER_COMMIT), COMMITS_AT_ONCE)) {
    const outcomes = await Promise.all(
      group.map((chunk) =>
        updateAtomically(store, chunk.map(itemIndexKey), (values): UpdatePlan<string[]> => {
          const writes: Array<{ key: string; value: unknown } | { key: string; remove: true }> = [];
          const bad: string[] = [];
          chunk.forEach((itemKey, i) => {
            const current = parseItemEntry(values[i]);
            // A damaged entry is left as it is (its gates fail closed) rather than rebuilt from this page alone.
            if (!current.ok) return void bad.push(itemKey);
            const update = withPageDecisions(current.value, itemKey, entry);
            if (update.change === 'write') writes.push({ key: itemIndexKey(itemKey), value: update.entry });
            if (update.change === 'remove') writes.push({ key: itemIndexKey(itemKey), remove: true });
          });
          return { writes, answer: bad };
        }),
      ),
    );
    for (const outcome of outcomes) {
      if (outcome === CONTENDED) contended = true;
      else damaged.push(...outcome);
    }
  }
  return { contended, damaged };
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
export async function writePageEntry(store: KeyValueStore, entry: PageEntry): Promise<WriteOutcome> {
  const before = parsePageEntry(await store.get(pageIndexKey(entry.pageId)));
  if (!before.ok) return { written: false, reason: 'damaged-page' };
  if (before.value && before.value.version > entry.version) return { written: false, reason: 'older' };
  const keys = [...new Set([...(before.value?.itemKeys ?? []), ...entry.itemKeys])];
  const items = await writeItems(store, keys, entry);
  if (items.contended) return { written: false, reason: 'contended', damagedItems: items.damaged };

  const oldSpace = before.value && before.value.spaceId !== entry.spaceId ? before.value.spaceId : undefined;
  const spaceKeys = [spaceIndexKey(entry.spaceId), ...(oldSpace ? [spaceIndexKey(oldSpace)] : [])];
  const listed = !entry.removed && entry.decisions.length > 0;
  const outcome = await updateAtomically(store, [pageIndexKey(entry.pageId), ...spaceKeys], ([page, space, previousSpace]): UpdatePlan<WriteOutcome> => {
    const stored = parsePageEntry(page);
    if (!stored.ok) return { answer: { written: false, reason: 'damaged-page' } };
    if (stored.value && stored.value.version > entry.version) return { answer: { written: false, reason: 'older' } };
    const current = parseSpaceEntry(space);
    const next = withPage(current.ok ? current.value : undefined, entry.spaceId, entry.pageId, listed);
    if (next === 'full') return { answer: { written: false, reason: 'space-full' } };
    const writes: Array<{ key: string; value: unknown }> = [
      { key: pageIndexKey(entry.pageId), value: entry },
      { key: spaceIndexKey(entry.spaceId), value: next },
    ];
    const left = oldSpace ? parseSpaceEntry(previousSpace) : undefined;
    if (oldSpace && left?.ok) writes.push({ key: spaceIndexKey(oldSpace), value: withPage(left.value, oldSpace, entry.pageId, false) });
    return { writes, answer: { written: true, items: keys.length, damagedItems: items.damaged } };
  });
  return outcome === CONTENDED ? { written: false, reason: 'contended', damagedItems: items.damaged } : outcome;
}
