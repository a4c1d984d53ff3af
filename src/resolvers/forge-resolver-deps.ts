import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeJiraUserClient } from '../adapters/forge-jira-user-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeConfluenceUserClient } from '../adapters/forge-confluence-client';
import { forgeWords } from '../adapters/forge-words';
import { forgeSendGateEvent } from '../adapters/forge-gate-event-queue';
import { forgeSendReindex } from '../adapters/forge-reindex-queue';
import { systemClock } from '../ports/clock';
import { RESOLVER_RETRY_POLICY } from '../jira/retry-policy';
import type { IssueResolverDeps } from './resolver-deps';

/** The ports every Jira-side resolver function runs on in Forge (the panel's, the configuration screens', the insights'). */
export const forgeResolverDeps: IssueResolverDeps = {
  jiraAsApp: forgeJiraClient,
  jiraAsUser: forgeJiraUserClient,
  confluenceAsUser: forgeConfluenceUserClient,
  store: forgeKvsStore,
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
  words: forgeWords,
  sendEvent: forgeSendGateEvent(),
  sendReindex: forgeSendReindex(),
};
