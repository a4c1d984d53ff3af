import type { JiraAccess } from '../jira/read-jira';
import type { KeyValueStore } from '../ports/key-value-store';
import { refreshItemSummary } from './refresh-item-summary';

/** Items refreshed per change of a page's decisions: two Jira calls each, inside one invocation. */
export const LINKED_ITEMS_REFRESHED = 25;

/**
 * Brings the search summaries of work items whose linked decisions changed in step (their gates
 * and `shipshapeOpenDecisions` may read differently). The first few only; the rest catch up when
 * they next change. Failures are logged: the summary is a search aid.
 */
export const refreshLinkedItems =
  (jira: JiraAccess, store: KeyValueStore) =>
  async (itemKeys: readonly string[]): Promise<void> => {
    const now = itemKeys.slice(0, LINKED_ITEMS_REFRESHED);
    if (itemKeys.length > now.length) console.warn(`shipshape: ${itemKeys.length - now.length} items' search summaries left to catch up later`);
    const outcomes = await Promise.all(now.map((key) => refreshItemSummary(jira, store, key)));
    for (const r of outcomes)
      if (typeof r.outcome === 'object') console.warn(`shipshape: search summary of ${r.issueId} not refreshed: ${JSON.stringify(r.outcome)}`);
  };
