import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeJiraUserClient } from '../adapters/forge-jira-user-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeWords } from '../adapters/forge-words';
import { systemClock } from '../ports/clock';
import { RESOLVER_RETRY_POLICY } from '../jira/retry-policy';
import { issueContextStatus as statusOf } from './issue-context-status';
import type { ContextStatus } from './status-lozenge';

/**
 * The `issue-context-status` function (the Shipshape issue context's dynamicProperties), wired
 * to Forge's adapters. Forge calls it with `(payload, context)`; `context.principal` is the viewer.
 */
export function issueContextStatus(payload: unknown, context: unknown): Promise<ContextStatus> {
  return statusOf(payload, context, {
    jiraAsApp: forgeJiraClient,
    jiraAsUser: forgeJiraUserClient,
    store: forgeKvsStore,
    clock: systemClock,
    retry: RESOLVER_RETRY_POLICY,
    words: forgeWords,
  });
}
