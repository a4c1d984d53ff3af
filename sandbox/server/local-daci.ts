import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { systemClock } from '../../src/ports/clock';
import type { ConfluenceClient } from '../../src/ports/confluence-client';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { RESOLVER_RETRY_POLICY } from '../../src/jira/retry-policy';
import { daciResolvers } from '../../src/daci/daci-resolvers';
import { bundledWords } from '../../src/adapters/bundled-words';
import { exportTable } from '../../src/daci/export-table';
import { cachedPeopleDirectory } from '../../src/daci/people-directory';
import type { FunctionHandler } from '../host/invoke-route';
import { SANDBOX_PLATFORM } from '../host/forge-context';
import { refreshLinkedItems } from '../../src/triggers/refresh-linked-items';
import { APP_EMAIL, SANDBOX_PASSWORD, findUserByAccountId } from '../standin/demo-users';
import { placedMacroConfig } from './placed-macro-config';

export { DACI_MODULE_KEY as DACI_MACRO_KEY } from '../../src/decisions/index-page';
import { DACI_MODULE_KEY as DACI_MACRO_KEY } from '../../src/decisions/index-page';

const signedOut: ConfluenceClient = async () => ({
  status: 401,
  header: () => undefined,
  body: { errors: [{ status: 401, code: 'UNAUTHORIZED', title: 'Unauthorized', detail: null }] },
});

const principalOf = (runtime: unknown): string | undefined => {
  const accountId = (runtime as { principal?: { accountId?: unknown } } | undefined)?.principal?.accountId;
  return typeof accountId === 'string' ? accountId : undefined;
};

/**
 * The DACI macro's functions on local adapters: Confluence (the stand-in) over HTTP as the app
 * and, per call, as the person the runtime names (Forge's asUser()); the sandbox's store.
 * `daci-export` takes `{ exportType }` as its payload and the macro's context, as Forge passes them.
 * Both get `extension.config` from the page as saved, never from the browser.
 */
export function localDaciHandlers(options: { baseUrl: string; store: KeyValueStore }): Record<string, FunctionHandler> {
  const asApp = httpJiraClient({ baseUrl: options.baseUrl, email: APP_EMAIL, apiToken: SANDBOX_PASSWORD });
  const people = cachedPeopleDirectory(systemClock);
  const depsFor = (accountId: string | undefined) => {
    const person = accountId === undefined ? undefined : findUserByAccountId(accountId);
    const asUser = person ? httpJiraClient({ baseUrl: options.baseUrl, email: person.emailAddress, apiToken: SANDBOX_PASSWORD }) : signedOut;
    return {
      confluenceAsApp: asApp,
      confluenceAsUser: asUser,
      // The stand-in serves Jira and Confluence on one site: the same person's client reaches both.
      jiraAsUser: asUser,
      store: options.store,
      clock: systemClock,
      retry: RESOLVER_RETRY_POLICY,
      people,
      appId: () => SANDBOX_PLATFORM.appId,
      words: bundledWords,
      itemsChanged: refreshLinkedItems({ client: asApp, clock: systemClock, retry: RESOLVER_RETRY_POLICY }, options.store),
    };
  };
  /** The event with `extension.config` replaced by the config saved in the page, as Forge supplies it. */
  const withSavedConfig = async (event: unknown) => {
    const { call, context } = (event ?? {}) as {
      call?: unknown;
      context?: { localId?: unknown; extension?: { content?: { id?: unknown } } & Record<string, unknown> };
    };
    const pageId = context?.extension?.content?.id;
    const localId = context?.localId;
    if (typeof pageId !== 'string' || !/^\d+$/.test(pageId) || typeof localId !== 'string') return { call, context };
    const page = await asApp({ method: 'GET', path: `/wiki/api/v2/pages/${pageId}`, query: { 'body-format': 'storage' } });
    const storage = (page.body as { body?: { storage?: { value?: unknown } } } | undefined)?.body?.storage?.value;
    const config = typeof storage === 'string' ? placedMacroConfig(storage, DACI_MACRO_KEY, localId) : undefined;
    return { call, context: { ...context, extension: { ...context?.extension, config: config ?? {} } } };
  };
  return {
    'daci-resolver': async (event, runtime) => {
      const handler = daciResolvers(depsFor(principalOf(runtime)));
      return handler((await withSavedConfig(event)) as Parameters<typeof handler>[0], runtime as Record<string, unknown> | undefined);
    },
    'daci-export': async (event) => {
      const { call, context } = (await withSavedConfig(event)) as { call?: { payload?: { exportType?: unknown } }; context?: unknown };
      return exportTable(depsFor(undefined), { exportType: call?.payload?.exportType ?? 'other', context });
    },
  };
}
