import type { Clock } from '../ports/clock';
import type { JiraClient } from '../ports/jira-client';
import type { KeyValueStore } from '../ports/key-value-store';
import type { RetryPolicy } from '../jira/retry-policy';
import type { JiraAccess } from '../jira/read-jira';

/**
 * What the issue resolvers run on. `jiraAsUser` acts as the person who invoked the resolver
 * (Forge's asUser()); it is used only to ask Jira what that person may do.
 */
export interface IssueResolverDeps {
  jiraAsApp: JiraClient;
  jiraAsUser: JiraClient;
  store: KeyValueStore;
  clock: Clock;
  retry: RetryPolicy;
}

export const asApp = (deps: IssueResolverDeps): JiraAccess => ({ client: deps.jiraAsApp, clock: deps.clock, retry: deps.retry });
export const asUser = (deps: IssueResolverDeps): JiraAccess => ({ client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry });
export const nowIso = (deps: IssueResolverDeps) => new Date(deps.clock.now()).toISOString();
