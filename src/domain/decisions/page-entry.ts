import type { DaciTable } from '../daci/daci-schema';
import { canonicalJson, stableHash } from '../daci/fingerprint';
import type { Decision } from '../daci/daci-schema';
import { latestSignOff, signOffState, type SignOffsDoc } from '../daci/sign-off';
import { INDEX_FORMAT, INDEX_LIMITS, type IndexedDecision, type PageEntry } from './index-schema';
import { signOffStanding } from './sign-off-standing';
import { chunked } from './chunks';

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
  /** The page's decisions in page order, each with the items it links. */
  decisions: IndexedDecision[];
  /** What did not fit the entry's bounds (decisions past five full tables, items past the cap). */
  dropped: { decisions: number; items: number };
}

/** At most `max` UTF-16 units, never splitting a surrogate pair, with "…" when cut. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** What a decided decision's history watches, hashed: title, outcome, options and roles (in any order). */
export const facetsOf = (d: Decision): IndexedDecision['facets'] => ({
  title: stableHash(d.title),
  outcome: stableHash(d.outcome),
  options: stableHash(canonicalJson(d.options)),
  roles: stableHash(canonicalJson({ driver: d.driver, approver: d.approver, contributors: [...d.contributors].sort(), informed: [...d.informed].sort() })),
});

/** The id the index gives a macro placement (its `localId`, hashed when longer than the index keeps). */
export const placementId = (localId: string) => (localId.length <= INDEX_LIMITS.localIdLength ? localId : `h${stableHash(localId)}`);

function indexed(localId: string, table: DaciTable, signOffs: SignOffsDoc): IndexedDecision[] {
  return table.decisions.map((d) => ({
    localId: placementId(localId),
    id: d.id,
    title: shortened(d.title, INDEX_LIMITS.titleLength),
    status: d.status,
    impact: d.impact,
    approver: d.approver,
    driver: d.driver,
    ...(d.due ? { due: d.due } : {}),
    signOff: signOffStanding(signOffState(d, latestSignOff(signOffs, d.id))),
    jiraKeys: d.jiraKeys,
    facets: facetsOf(d),
  }));
}

/** The page's entry in the index and its decisions in page order, with the items they link. */
export function pageEntryOf(page: IndexedPage, tables: readonly PlacedTable[]): PageIndexing {
  const all = tables.flatMap((t) => indexed(t.localId, t.table, t.signOffs));
  const kept = all.slice(0, INDEX_LIMITS.decisionsPerPage);
  const keys = [...new Set(kept.flatMap((d) => d.jiraKeys))];
  const itemKeys = keys.slice(0, INDEX_LIMITS.itemsPerPage);
  const linked = new Set(itemKeys);
  const decisions = kept.map((d) => ({ ...d, jiraKeys: d.jiraKeys.filter((k) => linked.has(k)) }));
  const entry: PageEntry = {
    format: INDEX_FORMAT,
    pageId: page.pageId,
    spaceId: page.spaceId,
    title: shortened(page.title, INDEX_LIMITS.pageTitleLength),
    version: page.version,
    removed: false,
    decisionCount: decisions.length,
    chunks: chunked(decisions).length,
    itemKeys,
  };
  return { entry, decisions, dropped: { decisions: all.length - kept.length, items: keys.length - itemKeys.length } };
}

/** What a page leaves in the index once it is trashed or deleted: nothing, at its last version. */
export const removedPageEntry = (page: IndexedPage): PageEntry => ({
  format: INDEX_FORMAT,
  pageId: page.pageId,
  spaceId: page.spaceId,
  title: '',
  version: page.version,
  removed: true,
  decisionCount: 0,
  chunks: 0,
  itemKeys: [],
});
