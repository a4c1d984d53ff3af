import type { KeyValueStore } from '../ports/key-value-store';
import type { IndexedDecision, PageEntry } from '../domain/decisions/index-schema';
import { withPageDecisions } from '../domain/decisions/item-entry';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import { itemIndexKey } from './index-keys';
import { parseItemEntry } from './read-index';

/** Forge takes 25 writes a transaction; a few transactions run at once. */
const KEYS_PER_COMMIT = 25;
const COMMITS_AT_ONCE = 4;

const groupsOf = <T>(list: readonly T[], size: number): T[][] =>
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
    if (update.change === 'none') return;
    if (update.change === 'write' && JSON.stringify(update.entry) === JSON.stringify(current.value)) return;
    written.push(itemKey);
    writes.push(update.change === 'write' ? { key: itemIndexKey(itemKey), value: update.entry } : { key: itemIndexKey(itemKey), remove: true });
  });
  return { writes, answer: { bad, written } };
}

/**
 * The item entries of `keys` with the page's `decisions` in place of what it said before, in
 * conditional commits of at most 25 keys. Answers which entries changed, which are damaged (left
 * as they are), and whether a commit kept colliding with other writers.
 */
export async function writeItemEntries(
  store: KeyValueStore,
  keys: string[],
  entry: PageEntry,
  decisions: readonly IndexedDecision[],
): Promise<{ contended: boolean; damaged: string[]; changed: string[] }> {
  const damaged: string[] = [];
  const changed: string[] = [];
  let contended = false;
  for (const group of groupsOf(groupsOf(keys, KEYS_PER_COMMIT), COMMITS_AT_ONCE)) {
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
