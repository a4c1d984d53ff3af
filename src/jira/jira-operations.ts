/**
 * Every Jira REST operation the app calls, as the OpenAPI spec names it. The conformance tests
 * check each against ../shared/contracts and derive the scopes the manifest must declare.
 */
export const JIRA_OPERATIONS = {
  getIssue: { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', query: ['fields', 'properties', 'expand'] },
} as const;

export type JiraOperationId = keyof typeof JIRA_OPERATIONS;
