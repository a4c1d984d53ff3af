import type { DaciTable } from '../domain/daci/daci-schema';
import { fetchItems, MAX_ITEMS_FETCHED, type FoundItem } from '../jira/fetch-items';
import type { DaciDeps } from './daci-deps';

/**
 * The table's linked work items as the viewer may see them in Jira (one bulk fetch as the viewer,
 * the first 100 distinct keys): key, summary, status and its category. Undefined when Jira is not
 * connected or did not answer: the keys still show, without a status. A key absent from a read
 * answer is one Jira does not have or the viewer may not see.
 */
export async function linkedWorkItems(deps: DaciDeps, table: DaciTable): Promise<FoundItem[] | undefined> {
  const keys = [...new Set(table.decisions.flatMap((d) => d.jiraKeys))].slice(0, MAX_ITEMS_FETCHED);
  if (keys.length === 0 || !deps.jiraAsUser) return undefined;
  const read = await fetchItems({ client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry }, keys);
  return read.ok ? read.value : undefined;
}
