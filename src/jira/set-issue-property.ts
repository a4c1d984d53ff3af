import { jiraPath } from './jira-path';
import { sendWithRetry } from './send-with-retry';
import type { JiraAccess } from './read-jira';

export type PropertyWrite = { ok: true } | { ok: false; message: string };

/** `PUT /rest/api/3/issue/{id}/properties/{key}` with the bounded retry; Jira answers 200 or 201. */
export async function setIssueProperty(jira: JiraAccess, issueIdOrKey: string, propertyKey: string, value: unknown): Promise<PropertyWrite> {
  const request = { method: 'PUT' as const, path: jiraPath('setIssueProperty', { issueIdOrKey, propertyKey }), body: value };
  const sent = await sendWithRetry(jira.client, request, jira.retry, jira.clock);
  if (!sent.ok) return { ok: false, message: `Jira could not be reached after ${sent.attempts} attempt(s): ${sent.lastProblem}` };
  const { status } = sent.response;
  return status >= 200 && status < 300 ? { ok: true } : { ok: false, message: `Jira answered HTTP ${status}` };
}
