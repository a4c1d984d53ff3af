import type { Clock } from '../ports/clock';
import type { ConfluenceClient } from '../ports/confluence-client';
import type { JiraClient } from '../ports/jira-client';
import type { KeyValueStore } from '../ports/key-value-store';
import type { RetryPolicy } from '../jira/retry-policy';
import type { ConfluenceAccess } from '../confluence/read-confluence';
import type { PeopleDirectory } from './people-directory';
import type { IndexDeps } from '../decisions/index-page';
import type { WordsFor } from '../ports/words';

/**
 * What the macro's resolvers run on. `confluenceAsUser` acts as the person who invoked the
 * resolver (Forge's asUser()): it is used only to ask whether that person may view the page.
 */
export interface DaciDeps {
  confluenceAsApp: ConfluenceClient;
  confluenceAsUser: ConfluenceClient;
  /** Jira as the caller: only to check a table's linked work items. Absent where Jira is not connected. */
  jiraAsUser?: JiraClient;
  store: KeyValueStore;
  clock: Clock;
  retry: RetryPolicy;
  people: PeopleDirectory;
  /** This app's id (its macros' extension keys name it), read per invocation: the decision index reads only its own tables. */
  appId: () => string;
  /** The words of answers in the caller's language; without it, English. */
  words?: WordsFor;
  /** Told which work items' decisions a sign-off changed (their search summaries are refreshed). */
  itemsChanged?: (itemKeys: readonly string[]) => Promise<void>;
}

export const confluenceAsApp = (deps: DaciDeps): ConfluenceAccess => ({ client: deps.confluenceAsApp, clock: deps.clock, retry: deps.retry });
export const confluenceAsUser = (deps: DaciDeps): ConfluenceAccess => ({ client: deps.confluenceAsUser, clock: deps.clock, retry: deps.retry });

/** What the decision index runs on, from the macro's deps (Confluence as the app). */
export const indexDepsOf = (deps: DaciDeps): IndexDeps => ({
  confluence: confluenceAsApp(deps),
  store: deps.store,
  appId: deps.appId(),
  ...(deps.itemsChanged ? { itemsChanged: deps.itemsChanged } : {}),
});
