import type { DaciTable } from '../daci/daci-schema';
import { latestSignOff, signOffState, type SignOffsDoc } from '../daci/sign-off';
import { INDEX_FORMAT, INDEX_LIMITS, type IndexedDecision, type PageEntry } from './index-schema';
import { signOffStanding } from './sign-off-standing';

export interface IndexedPage {
  pageId: string;
  spaceId: string;
  title: string;
  version: number;
}

/** One saved table on the page, with the sign-offs stored for its placement. */
export interface PlacedTable {
  localId: string;
  table: DaciTable;
  signOffs: SignOffsDoc;
}

export interface PageIndexing {
  entry: PageEntry;
  /** What did not fit the entry's bounds (decisions past five full tables, items past the cap). */
  dropped: { decisions: number; items: number };
}

function indexed(localId: string, table: DaciTable, signOffs: SignOffsDoc): IndexedDecision[] {
  return table.decisions.map((d) => ({
    localId,
    id: d.id,
    title: d.title,
    status: d.status,
    approver: d.approver,
    driver: d.driver,
    ...(d.due ? { due: d.due } : {}),
    signOff: signOffStanding(signOffState(d, latestSignOff(signOffs, d.id))),
    jiraKeys: d.jiraKeys,
  }));
}

/** The page's entry in the index: its tables' decisions in page order, and the items they link. */
export function pageEntryOf(page: IndexedPage, tables: readonly PlacedTable[]): PageIndexing {
  const all = tables.flatMap((t) => indexed(t.localId, t.table, t.signOffs));
  const decisions = all.slice(0, INDEX_LIMITS.decisionsPerPage);
  const keys = [...new Set(decisions.flatMap((d) => d.jiraKeys))];
  const itemKeys = keys.slice(0, INDEX_LIMITS.itemsPerPage);
  const kept = new Set(itemKeys);
  const entry: PageEntry = {
    format: INDEX_FORMAT,
    pageId: page.pageId,
    spaceId: page.spaceId,
    title: page.title.slice(0, INDEX_LIMITS.pageTitleLength),
    version: page.version,
    removed: false,
    decisions: decisions.map((d) => ({ ...d, jiraKeys: d.jiraKeys.filter((k) => kept.has(k)) })),
    itemKeys,
  };
  return { entry, dropped: { decisions: all.length - decisions.length, items: keys.length - itemKeys.length } };
}

/** What a page leaves in the index once it is trashed or deleted: nothing, at its last version. */
export const removedPageEntry = (page: IndexedPage): PageEntry => ({
  format: INDEX_FORMAT,
  pageId: page.pageId,
  spaceId: page.spaceId,
  title: '',
  version: page.version,
  removed: true,
  decisions: [],
  itemKeys: [],
});
