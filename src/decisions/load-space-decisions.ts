import type { KeyValueStore } from '../ports/key-value-store';
import { historySchema, pageChunkSchema, type IndexedDecision, type PageEntry } from '../domain/decisions/index-schema';
import type { RegisterPage } from '../domain/decisions/register/register-row';
import { readMany } from '../storage/read-many';
import { historyKey, pageChunkKey, pageIndexKey, spaceIndexKey } from './index-keys';
import { parsePageEntry, parseSpaceEntry } from './read-index';

/**
 * The pages of a space that have decisions, as its space entry lists them; not ok when that entry
 * cannot be read. An entry of another space (a hashed key that collides) lists none of this one's.
 */
export async function spacePageIds(store: KeyValueStore, spaceId: string): Promise<{ ok: true; pageIds: string[] } | { ok: false }> {
  const space = parseSpaceEntry(await store.get(spaceIndexKey(spaceId)));
  if (!space.ok) return { ok: false };
  return { ok: true, pageIds: space.value?.spaceId === spaceId ? space.value.pageIds : [] };
}

export interface SpaceDecisions {
  pages: RegisterPage[];
  /** Pages whose index could not be read whole (damaged, or rewritten while being read). */
  unreadable: string[];
}

/**
 * The indexed decisions and histories of these pages, in batched reads: each page's entry, first
 * chunk and history together, then any further chunks. A page whose chunks are not all at its
 * entry's version (a write landed in between) is counted unreadable, never shown half old.
 */
export async function loadSpaceDecisions(store: KeyValueStore, spaceId: string, pageIds: readonly string[]): Promise<SpaceDecisions> {
  const first = await readMany(
    store,
    pageIds.flatMap((id) => [pageIndexKey(id), pageChunkKey(id, 0), historyKey(id)]),
  );
  const entries = pageIds.map((_, i) => parsePageEntry(first[i * 3]));
  const more = pageIds.flatMap((id, i) => {
    const entry = entries[i];
    return entry?.ok && entry.value ? Array.from({ length: Math.max(0, entry.value.chunks - 1) }, (_, n) => pageChunkKey(id, n + 1)) : [];
  });
  const extra = new Map((await readMany(store, more)).map((value, i) => [more[i]!, value]));
  const pages: RegisterPage[] = [];
  const unreadable: string[] = [];
  pageIds.forEach((id, i) => {
    const entry = entries[i];
    if (!entry?.ok) return void unreadable.push(id);
    const page = entry.value;
    if (!page || page.removed || page.spaceId !== spaceId || page.chunks === 0) return;
    const chunks = [first[i * 3 + 1], ...Array.from({ length: page.chunks - 1 }, (_, n) => extra.get(pageChunkKey(id, n + 1)))];
    const decisions = decisionsOf(page, chunks);
    if (!decisions) return void unreadable.push(id);
    const history = historySchema.safeParse(first[i * 3 + 2]);
    pages.push({ entry: page, decisions, history: history.success ? history.data.entries : [] });
  });
  return { pages, unreadable };
}

function decisionsOf(entry: PageEntry, chunks: readonly unknown[]): IndexedDecision[] | undefined {
  const parsed = chunks.map((raw) => pageChunkSchema.safeParse(raw));
  if (parsed.some((p) => !p.success || p.data.version !== entry.version || p.data.pageId !== entry.pageId)) return undefined;
  return parsed.flatMap((p) => (p.success ? p.data.decisions : []));
}
