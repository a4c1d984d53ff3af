import type { DaciTable } from '../domain/daci/daci-schema';
import { fetchItems, MAX_ITEMS_FETCHED, type FoundItem } from '../jira/fetch-items';
import type { DaciDeps } from './daci-deps';

/** Distinct linked keys a table load asks Jira about: five bulk fetches at once. */
export const LINKED_KEYS_CHECKED = 5 * MAX_ITEMS_FETCHED;

export interface LinkedWorkItems {
  /** The items among the checked keys that exist and the viewer may see, with their status. */
  found: FoundItem[];
  /** Keys past the first LINKED_KEYS_CHECKED, not asked about: they show without a status. */
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
  const access = { client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry };
  const checked = keys.slice(0, LINKED_KEYS_CHECKED);
  const chunks: string[][] = [];
  for (let start = 0; start < checked.length; start += MAX_ITEMS_FETCHED) chunks.push(checked.slice(start, start + MAX_ITEMS_FETCHED));
  const reads = await Promise.all(chunks.map((chunk) => fetchItems(access, chunk)));
  const found: FoundItem[] = [];
  for (const read of reads) {
    if (!read.ok) return undefined;
    found.push(...read.value);
  }
  return { found, unchecked: keys.slice(LINKED_KEYS_CHECKED) };
}
