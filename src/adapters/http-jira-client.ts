import type { JiraClient } from '../ports/jira-client';
import { queryString, readBody } from './response-body';

export interface HttpJiraSettings {
  /** e.g. https://your-domain.atlassian.net */
  baseUrl: string;
  email: string;
  apiToken: string;
  fetch?: typeof fetch;
}

/** Calls a Jira site (or the local stand-in) over HTTP with an API token, for the CLI and tests. */
export function httpJiraClient({ baseUrl, email, apiToken, fetch: fetchImpl = fetch }: HttpJiraSettings): JiraClient {
  const authorization = `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
  const root = baseUrl.replace(/\/+$/, '');
  return async ({ method, path, query, repeatedQuery, body, signal }) => {
    const response = await fetchImpl(`${root}${path}${queryString(query, repeatedQuery)}`, {
      method,
      headers: { Authorization: authorization, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
    return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body: await readBody(response) };
  };
}
