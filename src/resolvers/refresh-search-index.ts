import type { ItemRecords } from '../domain/records/records-schema';
import { keepSummaryInStep } from '../search-index/keep-summary-in-step';
import type { LoadedItem } from './load-item';
import { asApp, type IssueResolverDeps } from './resolver-deps';

/**
 * After a saved write: the item's search summary brought in step with the new records. The
 * write is already saved, so a failure here is only logged and the person's answer is the
 * saved panel; the summary catches up on the item's next write or Jira change (the trigger).
 */
export async function refreshSearchIndex(deps: IssueResolverDeps, item: LoadedItem, records: ItemRecords): Promise<void> {
  try {
    const outcome = await keepSummaryInStep(asApp(deps), item.issue, item.gates, records, item.decisions);
    if (typeof outcome === 'object') console.warn(`shipshape: search summary of ${item.basics.key} not updated: ${outcome.failed}`);
  } catch (error) {
    console.warn(`shipshape: search summary of ${item.basics.key} not updated`, error);
  }
}
