import api, { assumeTrustedRoute, type RequestProductMethod } from '@forge/api';
import type { ConfluenceClient } from '../ports/confluence-client';
import { queryString, readBody } from './response-body';

/**
 * A Confluence client over one of Forge's product fetchers. Paths come from confluencePath(),
 * which encodes every parameter, so the route is trusted as built. `fetcher` is asked on every
 * call, inside the invocation it serves.
 */
function forgeConfluenceClientOver(fetcher: () => { requestConfluence: RequestProductMethod }): ConfluenceClient {
  return async ({ method, path, query, body, signal }) => {
    const response = await fetcher().requestConfluence(assumeTrustedRoute(`${path}${queryString(query)}`), {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
    return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body: await readBody(response) };
  };
}

/** Calls Confluence as the app. */
export const forgeConfluenceClient: ConfluenceClient = forgeConfluenceClientOver(() => api.asApp());

/** Calls Confluence as the person who invoked the resolver, with that person's permissions. */
export const forgeConfluenceUserClient: ConfluenceClient = forgeConfluenceClientOver(() => api.asUser());

/**
 * Calls Confluence as `accountId` outside their session (Forge's offline user impersonation: the
 * scopes used are declared with allowImpersonation). The workflow validator asks this way which
 * pages the person moving an item may view.
 */
export const forgeConfluenceClientAs = (accountId: string): ConfluenceClient => forgeConfluenceClientOver(() => api.asUser(accountId));
