import { INDEX_FORMAT, INDEX_LIMITS, type IndexedDecision, type ItemDecision, type ItemEntry, type ItemPage, type PageEntry } from './index-schema';

/** The decisions of a page that link `key`, as the item's entry keeps them. */
export function linkingDecisions(decisions: readonly IndexedDecision[], key: string): ItemDecision[] {
  return decisions
    .filter((d) => d.jiraKeys.includes(key))
    .map(({ jiraKeys: _links, facets: _facets, decided: _decided, impact: _impact, ...decision }) => decision);
}

/** `full`: the item already keeps decisions from as many pages as it may; this page's are not kept. */
export type ItemUpdate = { change: 'none' } | { change: 'full' } | { change: 'write'; entry: ItemEntry } | { change: 'remove' };

const decisionCount = (pages: readonly ItemPage[]) => pages.reduce((sum, p) => sum + p.decisions.length, 0);

/**
 * The item's entry with the page's decisions that link it (none once the page is removed) in
 * place of what that page said before. An older page version never replaces a newer one (events
 * arrive out of order). Bounded: the decisions that do not fit are counted in `omitted`, which
 * makes the item's gate fail closed.
 */
export function withPageDecisions(
  current: ItemEntry | undefined,
  key: string,
  page: Pick<PageEntry, 'pageId' | 'title' | 'version'>,
  decisions: readonly IndexedDecision[],
): ItemUpdate {
  const pages = current?.pages ?? [];
  const before = pages.find((p) => p.pageId === page.pageId);
  if (before && before.version > page.version) return { change: 'none' };
  const others = pages.filter((p) => p.pageId !== page.pageId);
  const linking = linkingDecisions(decisions, key);
  if (linking.length === 0) {
    if (!before) return { change: 'none' };
    return others.length === 0 ? { change: 'remove' } : { change: 'write', entry: { format: INDEX_FORMAT, key, pages: others } };
  }
  if (!before && others.length >= INDEX_LIMITS.pagesPerItem) return { change: 'full' };
  const room = Math.max(0, INDEX_LIMITS.decisionsPerItem - decisionCount(others));
  const kept = linking.slice(0, room);
  const group: ItemPage = { pageId: page.pageId, pageTitle: page.title, version: page.version, decisions: kept, omitted: linking.length - kept.length };
  const next = [...others, group].sort((a, b) => a.pageId.localeCompare(b.pageId));
  return { change: 'write', entry: { format: INDEX_FORMAT, key, pages: next } };
}

/** Every decision linking the item, and how many more link it than the entry could keep. */
export function decisionsOfItem(entry: ItemEntry | undefined): { decisions: Array<ItemDecision & { pageId: string; pageTitle: string }>; omitted: number } {
  const pages = entry?.pages ?? [];
  return {
    decisions: pages.flatMap((p) => p.decisions.map((d) => ({ ...d, pageId: p.pageId, pageTitle: p.pageTitle }))),
    omitted: pages.reduce((sum, p) => sum + p.omitted, 0),
  };
}
