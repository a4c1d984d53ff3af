import type { KeyValueStore } from '../ports/key-value-store';
import type { ConfluenceAccess } from '../confluence/read-confluence';
import { getPageWithAdf } from '../confluence/get-page-adf';
import { isAppMacro, macrosInAdf } from '../domain/daci/macros-in-adf';
import { tableFromMacroConfig } from '../domain/daci/macro-config';
import { emptySignOffs } from '../domain/daci/sign-off';
import { pageEntryOf, removedPageEntry, type IndexedPage, type PlacedTable } from '../domain/decisions/page-entry';
import { loadSignOffs } from '../daci/sign-offs-store';
import { loadPageDecisions, parsePageEntry } from './read-index';
import { relitigations } from '../domain/decisions/relitigation';
import { pageIndexKey } from './index-keys';
import { writePageEntry, type WriteOutcome } from './write-page-entry';

/** The DACI macro's module key in manifest.yml. */
export const DACI_MODULE_KEY = 'shipshape-daci';

export interface IndexDeps {
  /** Confluence as the app: the indexer reads every page, whoever may view it. */
  confluence: ConfluenceAccess;
  store: KeyValueStore;
  /** This app's id (the UUID of its ARI): only its own macros are read. */
  appId: string;
  /** Told which work items' decisions changed (their search summaries are refreshed); never fails the indexing. */
  itemsChanged?: (itemKeys: readonly string[]) => Promise<void>;
}

/** Tells `itemsChanged` about the items a write changed, and answers the write's outcome. */
async function told(deps: Pick<IndexDeps, 'itemsChanged'>, outcome: WriteOutcome): Promise<WriteOutcome> {
  if (outcome.written && outcome.changedItems.length > 0 && deps.itemsChanged) {
    try {
      await deps.itemsChanged(outcome.changedItems);
    } catch (error) {
      console.warn('shipshape: the search summaries of items whose decisions changed were not refreshed', error);
    }
  }
  return outcome;
}

export type IndexOutcome = WriteOutcome | { written: false; reason: 'confluence'; message: string };

/** Statuses whose decisions no longer count: the page is in the trash or gone. */
const GONE = new Set(['trashed', 'deleted', 'purged']);

async function tablesOf(deps: IndexDeps, pageId: string, adf: unknown): Promise<PlacedTable[]> {
  const placed = macrosInAdf(adf)
    .filter((m) => isAppMacro(m.extensionKey, deps.appId, DACI_MODULE_KEY))
    .flatMap((m) => {
      const macro = tableFromMacroConfig(m.config);
      return macro.state === 'ready' ? [{ localId: m.localId, table: macro.table }] : [];
    });
  return Promise.all(
    placed.map(async ({ localId, table }) => {
      const signOffs = await loadSignOffs(deps.store, pageId, localId);
      // Unreadable sign-offs count as none: a gate that needs an approval then stays closed.
      return { localId, table, signOffs: signOffs.ok ? signOffs.value : emptySignOffs() };
    }),
  );
}

/** Takes the page out of the index (trashed or deleted), at the version it was last indexed or `known`. */
export async function unindexPage(deps: Pick<IndexDeps, 'store' | 'itemsChanged'>, page: Partial<IndexedPage> & { pageId: string }): Promise<WriteOutcome> {
  const stored = parsePageEntry(await deps.store.get(pageIndexKey(page.pageId)));
  const last = stored.ok ? stored.value : undefined;
  const version = Math.max(page.version ?? 0, last?.version ?? 0);
  const removed = removedPageEntry({ pageId: page.pageId, spaceId: page.spaceId ?? last?.spaceId ?? '', title: '', version });
  return told(deps, await writePageEntry(deps.store, removed, []));
}

/**
 * Reads the page as it is now (as the app) and puts its decisions in the index: every saved DACI
 * table of this app with the sign-offs stored for it. A page Confluence no longer has, or has in
 * the trash, leaves the index.
 */
export async function indexPage(deps: IndexDeps, pageId: string): Promise<IndexOutcome> {
  const page = await getPageWithAdf(deps.confluence, pageId);
  if (!page.ok && page.code === 'NOT_FOUND') return unindexPage(deps, { pageId });
  if (!page.ok) return { written: false, reason: 'confluence', message: page.message };
  const { title, spaceId, version, status, adf, author, savedAt } = page.value;
  if (GONE.has(status)) return unindexPage(deps, { pageId, spaceId, version });
  const [tables, previous] = await Promise.all([tablesOf(deps, pageId, adf), loadPageDecisions(deps.store, pageId)]);
  const { entry, decisions: current, dropped } = pageEntryOf({ pageId, spaceId, title, version }, tables);
  // A previous version whose chunks cannot be read gives no history this time, never a wrong one.
  const change = { version, by: author ?? '', at: savedAt ?? new Date(0).toISOString() };
  const { decisions, entries } = relitigations(previous?.entry.removed === false ? previous.decisions : undefined, current, change);
  if (dropped.decisions > 0 || dropped.items > 0)
    console.warn(`shipshape: page ${pageId} has more decisions than the index keeps: ${dropped.decisions} decisions and ${dropped.items} work items left out`);
  return told(deps, await writePageEntry(deps.store, entry, decisions, entries));
}
