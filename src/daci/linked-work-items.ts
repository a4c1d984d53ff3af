import type { DaciTable } from '../domain/daci/daci-schema';
import { fetchItemsInParallel, type FoundItem } from '../jira/fetch-items';
import { DACI_LIMITS } from '../domain/daci/daci-limits';
import type { DaciDeps } from './daci-deps';

export interface LinkedWorkItems {
  /** The items among the checked keys that exist and the viewer may see, with their status. */
  found: FoundItem[];
  /** Keys past the table's first DACI_LIMITS.linkedKeysChecked, not asked about: they show without a status. */
  unchecked: string[];
}

/**
 * The table's linked work items as the viewer may see them in Jira: bulk fetches as the viewer,
 * 100 keys each, in parallel, for the first 500 distinct keys. A checked key absent from the
 * answer is one Jira does not have or the viewer may not see. Undefined when Jira is not
 * connected or did not answer every fetch: the keys still show, without a status.
 */
export async function linkedWorkItems(deps: DaciDeps, table: DaciTable): Promise<LinkedWorkItems | undefined> {
  const keys = [...new Set(table.decisions.flatMap((d) => d.jiraKeys))];
  if (keys.length === 0 || !deps.jiraAsUser) return undefined;
  const checked = DACI_LIMITS.linkedKeysChecked;
  const read = await fetchItemsInParallel({ client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry }, keys.slice(0, checked));
  return read.ok ? { found: read.value, unchecked: keys.slice(checked) } : undefined;
}
