import { forgeConfluenceClient, forgeConfluenceUserClient } from '../adapters/forge-confluence-client';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { forgeAppId } from '../adapters/forge-app-id';
import { forgeWords } from '../adapters/forge-words';
import { forgeJiraClient } from '../adapters/forge-jira-client';
import { forgeJiraUserClient } from '../adapters/forge-jira-user-client';
import { refreshLinkedItems } from '../triggers/refresh-linked-items';
import { systemClock } from '../ports/clock';
import { RESOLVER_RETRY_POLICY } from '../jira/retry-policy';
import type { DaciDeps } from './daci-deps';
import { daciResolvers } from './daci-resolvers';
import { exportTable } from './export-table';
import { cachedPeopleDirectory } from './people-directory';

const deps: DaciDeps = {
  confluenceAsApp: forgeConfluenceClient,
  confluenceAsUser: forgeConfluenceUserClient,
  jiraAsUser: forgeJiraUserClient,
  store: forgeKvsStore,
  clock: systemClock,
  retry: RESOLVER_RETRY_POLICY,
  people: cachedPeopleDirectory(systemClock),
  appId: forgeAppId,
  words: forgeWords,
  itemsChanged: refreshLinkedItems({ client: forgeJiraClient, clock: systemClock, retry: RESOLVER_RETRY_POLICY }, forgeKvsStore),
};

/** The `daci-resolver` function: the macro's resolvers wired to Forge's adapters. */
export const daciResolver = daciResolvers(deps);

/** The `daci-export` function: the macro's `adfExport`. */
export const daciExport = (payload: unknown) => exportTable(deps, payload);
