import type { JiraClient, JiraRequest, JiraResponse } from './jira-client';

/**
 * The Confluence port. Its requests and answers have the same shape as Jira's (an encoded path
 * under /wiki, a query, a JSON body), so the retry and adapters are shared: the Forge adapter
 * calls `requestConfluence`, the HTTP adapter an API token or the sandbox's stand-in.
 */
export type ConfluenceRequest = JiraRequest;
export type ConfluenceResponse = JiraResponse;
export type ConfluenceClient = JiraClient;
