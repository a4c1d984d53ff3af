import api, { assumeTrustedRoute } from '@forge/api';
import type { JiraClient } from '../ports/jira-client';
import { queryString, readBody } from './response-body';

/**
 * Calls Jira as the app. Paths come from jiraPath(), which encodes every parameter, so the
 * route can be trusted as built (the `route` tag cannot take a path assembled elsewhere).
 */
export const forgeJiraClient: JiraClient = async ({ method, path, query, body, signal }) => {
  const response = await api.asApp().requestJira(assumeTrustedRoute(`${path}${queryString(query)}`), {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body: await readBody(response) };
};
