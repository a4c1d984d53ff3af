import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeJiraUserClient } from '../adapters/forge-jira-user-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeWords } from '../adapters/forge-words';
import { forgeSendReindex } from '../adapters/forge-reindex-queue';
import { systemClock } from '../ports/clock';
import { RESOLVER_RETRY_POLICY } from '../jira/retry-policy';
import { configResolvers } from './config-resolvers';

/** The `config-resolver` function: the configuration screens' resolvers wired to Forge's adapters. */
export const configResolver = configResolvers({
  jiraAsApp: forgeJiraClient,
  jiraAsUser: forgeJiraUserClient,
  store: forgeKvsStore,
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
  words: forgeWords,
  sendReindex: forgeSendReindex(),
});
