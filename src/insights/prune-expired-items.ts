import { itemInsightExpired } from '../domain/insights/item-expired';
import { itemInsightSchema } from '../domain/insights/insight-docs';
import { logPageSchema } from '../domain/insights/log-docs';
import type { KeyValueStore } from '../ports/key-value-store';
import { readDoc } from '../storage/read-doc';
import { readMany } from '../storage/read-many';
import { updateAtomically } from '../storage/update-atomically';
import { itemInsightKey } from './insight-keys';

/** Item states read at once while pruning, and removed at once (each a conditional commit). */
const ITEMS_AT_ONCE = 100;
const REMOVALS_AT_ONCE = 10;

type Retained = { cutoff: number; cutoffWeek: string };
const expiredState = (key: string, raw: unknown, retained: Retained) => {
  const state = readDoc(itemInsightSchema, key, raw);
  return state !== undefined && itemInsightExpired(state, retained.cutoff, retained.cutoffWeek);
};
const removeIfExpired = (store: KeyValueStore, key: string, retained: Retained) =>
  updateAtomically(store, [key], ([raw]) =>
    expiredState(key, raw, retained) ? { writes: [{ key, remove: true }], answer: undefined } : { answer: undefined },
  );

/**
 * Removes the insight state of every item the week's log pages name that holds nothing the
 * retention period still covers. Each removal is conditional on the state not having moved since
 * it was read, so an event counted meanwhile keeps it. False when `late()` stopped it first.
 */
export async function pruneExpiredItems(store: KeyValueStore, pageKeys: readonly string[], retained: Retained, late: () => boolean): Promise<boolean> {
  const ids = new Set<string>();
  for (const [i, raw] of (await readMany(store, pageKeys)).entries()) {
    for (const event of readDoc(logPageSchema, pageKeys[i]!, raw)?.events ?? []) if (typeof event['itemId'] === 'string') ids.add(event['itemId']);
  }
  const keys = [...ids].map(itemInsightKey);
  for (let start = 0; start < keys.length; start += ITEMS_AT_ONCE) {
    if (late()) return false;
    const part = keys.slice(start, start + ITEMS_AT_ONCE);
    const states = await readMany(store, part);
    const expired = part.filter((key, i) => expiredState(key, states[i], retained));
    for (let at = 0; at < expired.length; at += REMOVALS_AT_ONCE)
      await Promise.all(expired.slice(at, at + REMOVALS_AT_ONCE).map((key) => removeIfExpired(store, key, retained)));
  }
  return true;
}
