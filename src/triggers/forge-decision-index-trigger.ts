import { forgeConfluenceClient } from '../adapters/forge-confluence-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeJiraClient } from '../adapters/forge-jira-client';
import { refreshLinkedItems } from './refresh-linked-items';
import { forgeAppId } from '../adapters/forge-app-id';
import { systemClock } from '../ports/clock';
import { TRIGGER_RETRY_POLICY } from '../jira/retry-policy';
import { onPageEvent, type PageTriggerResult } from './decision-index-trigger';

/** The `index-decisions` function of the Confluence page trigger, on Forge's adapters. */
export function indexDecisions(event: unknown): Promise<PageTriggerResult> {
  const jira = { client: forgeJiraClient, clock: systemClock, retry: TRIGGER_RETRY_POLICY };
  return onPageEvent(event, {
    confluence: { client: forgeConfluenceClient, clock: systemClock, retry: TRIGGER_RETRY_POLICY },
    store: forgeKvsStore,
    appId: forgeAppId(),
    itemsChanged: refreshLinkedItems(jira, forgeKvsStore),
  });
}
