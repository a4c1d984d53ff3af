import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeJiraUserClient } from '../adapters/forge-jira-user-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeWords } from '../adapters/forge-words';
import { systemClock } from '../ports/clock';
import { RESOLVER_RETRY_POLICY } from '../jira/retry-policy';
import { insightsResolvers } from './insights-resolvers';

/** The `insights-resolver` function: the insights page's resolver wired to Forge's adapters. */
export const insightsResolver = insightsResolvers({
  jiraAsApp: forgeJiraClient,
  jiraAsUser: forgeJiraUserClient,
  store: forgeKvsStore,
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
  words: forgeWords,
});
