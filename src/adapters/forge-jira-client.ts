import api, { assumeTrustedRoute, type RequestProductMethod } from '@forge/api';
import type { JiraClient } from '../ports/jira-client';
import { queryString, readBody } from './response-body';

/**
 * A Jira client over one of Forge's product fetchers. Paths come from jiraPath(), which encodes
 * every parameter, so the route can be trusted as built (the `route` tag cannot take a path
 * assembled elsewhere). `fetcher` is asked on every call, inside the invocation it serves.
 */
export function forgeJiraClientOver(fetcher: () => { requestJira: RequestProductMethod }): JiraClient {
  return async ({ method, path, query, repeatedQuery, body, signal }) => {
    const response = await fetcher().requestJira(assumeTrustedRoute(`${path}${queryString(query, repeatedQuery)}`), {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
    return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body: await readBody(response) };
  };
}

/** Calls Jira as the app. */
export const forgeJiraClient: JiraClient = forgeJiraClientOver(() => api.asApp());
