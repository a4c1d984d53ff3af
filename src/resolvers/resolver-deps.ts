import type { Clock } from '../ports/clock';
import type { JiraClient } from '../ports/jira-client';
import type { ConfluenceClient } from '../ports/confluence-client';
import type { KeyValueStore } from '../ports/key-value-store';
import type { RetryPolicy } from '../jira/retry-policy';
import type { JiraAccess } from '../jira/read-jira';
import type { WordsFor } from '../ports/words';
import type { SendGateEvent } from '../ports/gate-event-queue';
import type { SendReindex } from '../ports/reindex-queue';
import type { Say } from '../domain/words/say';
import { englishSay } from '../domain/words/english';
import type { ResolverRequest } from './resolver-request';

/**
 * What the issue resolvers run on. `jiraAsUser` acts as the person who invoked the resolver
 * (Forge's asUser()); it is used only to ask Jira what that person may do.
 */
export interface IssueResolverDeps {
  jiraAsApp: JiraClient;
  jiraAsUser: JiraClient;
  /** Confluence as the caller: only to ask which spec pages of the item's decisions they may view. Without it, none is shown. */
  confluenceAsUser?: ConfluenceClient;
  store: KeyValueStore;
  clock: Clock;
  retry: RetryPolicy;
  /** The words of answers in the caller's language; without it, English. */
  words?: WordsFor;
  /** Queues waivers and verifications for the insight figures; without it, they are not counted. */
  sendEvent?: SendGateEvent;
  /** Queues a project's search re-index when its gate set changes; without it, summaries catch up on each item's next change. */
  sendReindex?: SendReindex;
}

export const asApp = (deps: IssueResolverDeps): JiraAccess => ({ client: deps.jiraAsApp, clock: deps.clock, retry: deps.retry });
export const asUser = (deps: IssueResolverDeps): JiraAccess => ({ client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry });
/** The words for this request's answers: the caller's locale through `words`, else English. */
export const sayFor = (deps: { words?: WordsFor | undefined }, request: ResolverRequest): Promise<Say> =>
  deps.words ? deps.words(request.locale) : Promise.resolve(englishSay);
export const nowIso = (deps: IssueResolverDeps) => new Date(deps.clock.now()).toISOString();
