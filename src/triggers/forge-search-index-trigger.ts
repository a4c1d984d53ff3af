import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { systemClock } from '../ports/clock';
import { TRIGGER_RETRY_POLICY } from '../jira/retry-policy';
import { onIssueEvent, type TriggerResult } from './search-index-trigger';

/** The `refresh-search-index` function of the issue created/updated trigger, on Forge's adapters. */
export function refreshSearchIndex(event: unknown): Promise<TriggerResult> {
  return onIssueEvent(event, { jira: forgeJiraClient, store: forgeKvsStore, clock: systemClock, retry: TRIGGER_RETRY_POLICY });
}
