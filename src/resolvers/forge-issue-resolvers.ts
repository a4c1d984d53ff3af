import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeJiraUserClient } from '../adapters/forge-jira-user-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeConfluenceUserClient } from '../adapters/forge-confluence-client';
import { forgeWords } from '../adapters/forge-words';
import { forgeSendGateEvent } from '../adapters/forge-gate-event-queue';
import { systemClock } from '../ports/clock';
import { RESOLVER_RETRY_POLICY } from '../jira/retry-policy';
import { issueResolvers } from './issue-resolvers';

/** The `issue-resolver` function: the panel's resolvers wired to Forge's adapters. */
export const issueResolver = issueResolvers({
  jiraAsApp: forgeJiraClient,
  jiraAsUser: forgeJiraUserClient,
  confluenceAsUser: forgeConfluenceUserClient,
  store: forgeKvsStore,
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
  words: forgeWords,
  sendEvent: forgeSendGateEvent(),
});
