import { JIRA_OPERATIONS, type JiraOperationId } from './jira-operations';

/** Expands an operation's path template, encoding every parameter value. */
export function jiraPath(operation: JiraOperationId, params: Record<string, string>): string {
  return JIRA_OPERATIONS[operation].template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`jiraPath: missing path parameter "${name}" for ${operation}`);
    return encodeURIComponent(value);
  });
}
