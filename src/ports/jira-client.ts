/** One Jira REST call. `path` is already expanded and encoded (see jiraPath); `query` is not. */
export interface JiraRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  /** Parameters Jira takes repeated (`accountId=a&accountId=b`), sent after `query`. */
  repeatedQuery?: Record<string, readonly string[]>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface JiraResponse {
  status: number;
  /** A response header by case-insensitive name. */
  header(name: string): string | undefined;
  /** Parsed JSON, the raw text when the body is not JSON, or undefined when empty. */
  body: unknown;
}

/** The Jira port: the Forge adapter calls `requestJira` as the app, the HTTP adapter uses an API token. */
export type JiraClient = (request: JiraRequest) => Promise<JiraResponse>;
