import { INDEX_FORMAT, INDEX_LIMITS, type IndexedDecision, type ItemDecision, type ItemEntry, type ItemPage, type PageEntry } from './index-schema';

/** The decisions of a page that link `key`, as the item's entry keeps them. */
export function linkingDecisions(decisions: readonly IndexedDecision[], key: string): ItemDecision[] {
  return decisions
    .filter((d) => d.jiraKeys.includes(key))
    .map(({ jiraKeys: _links, facets: _facets, decided: _decided, impact: _impact, ...decision }) => decision);
}

export type ItemUpdate = { change: 'none' } | { change: 'write'; entry: ItemEntry } | { change: 'remove' };

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
  const overflowed = current?.overflow ?? [];
  const overflow = overflowed.filter((id) => id !== page.pageId);
  const saturated = current?.saturated === true;
  const entry = (next: ItemPage[], spill: string[]): ItemUpdate =>
    next.length === 0 && spill.length === 0 && !saturated
      ? { change: 'remove' }
      : {
          change: 'write',
          entry: { format: INDEX_FORMAT, key, pages: next, ...(spill.length ? { overflow: spill } : {}), ...(saturated ? { saturated } : {}) },
        };
  const linking = linkingDecisions(decisions, key);
  if (linking.length === 0) return before || overflow.length < overflowed.length ? entry(others, overflow) : { change: 'none' };
  if (!before && others.length >= INDEX_LIMITS.pagesPerItem) {
    // No room for this page's decisions: its id is kept, so the item's gate fails closed rather than forgetting them.
    if (overflow.length < overflowed.length) return { change: 'none' };
    if (overflow.length >= INDEX_LIMITS.overflowPagesPerItem)
      return saturated ? { change: 'none' } : { change: 'write', entry: { format: INDEX_FORMAT, key, pages, overflow, saturated: true } };
    return entry(pages, [...overflow, page.pageId]);
  }
  const room = Math.max(0, INDEX_LIMITS.decisionsPerItem - decisionCount(others));
  const kept = linking.slice(0, room);
  const group: ItemPage = { pageId: page.pageId, pageTitle: page.title, version: page.version, decisions: kept, omitted: linking.length - kept.length };
  return entry(
    [...others, group].sort((a, b) => a.pageId.localeCompare(b.pageId)),
    overflow,
  );
}

/** Every decision linking the item, and how many more link it than the entry could keep. */
export function decisionsOfItem(entry: ItemEntry | undefined): { decisions: Array<ItemDecision & { pageId: string; pageTitle: string }>; omitted: number } {
  const pages = entry?.pages ?? [];
  return {
    decisions: pages.flatMap((p) => p.decisions.map((d) => ({ ...d, pageId: p.pageId, pageTitle: p.pageTitle }))),
    // A page kept by id only, or an overflow that ran out, counts as one decision the gate cannot vouch for.
    omitted: pages.reduce((sum, p) => sum + p.omitted, 0) + (entry?.overflow?.length ?? 0) + (entry?.saturated ? 1 : 0),
  };
}
