import { fetchItems, MAX_ITEMS_FETCHED } from '../jira/fetch-items';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { PeriodFigures } from '../domain/insights/period-figures';
import type { InsightsData } from './insights-data';

/**
 * The items blocked now that the viewer may browse: the 100 longest waiting are asked of Jira
 * as the viewer in one bulk fetch (Jira leaves out what they may not see, issue security
 * included), with their key and status now. Everything else, and everything when Jira does not
 * answer, is only counted.
 */
export async function visibleBlocked(
  deps: IssueResolverDeps,
  blocked: PeriodFigures['blockedNow'],
): Promise<InsightsData['blockedNow'] & { checkFailed?: true }> {
  const total = blocked.items.length + blocked.more;
  const asked = blocked.items.slice(0, MAX_ITEMS_FETCHED);
  if (asked.length === 0) return { items: [], hidden: total };
  const found = await fetchItems(
    asUser(deps),
    asked.map((i) => i.itemId),
  );
  if (!found.ok) return { items: [], hidden: total, checkFailed: true };
  const byId = new Map(found.value.flatMap((item) => (item.id ? [[item.id, item] as const] : [])));
  const items = asked.flatMap((b) => {
    const item = byId.get(b.itemId);
    return item ? [{ key: item.key, summary: item.summary, status: item.status, since: b.since, waited: b.waited }] : [];
  });
  return { items, hidden: total - items.length };
}
