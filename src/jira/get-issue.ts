import type { Clock } from '../ports/clock';
import type { JiraClient } from '../ports/jira-client';
import { jiraIssueSchema, type JiraIssue } from '../domain/jira/issue-schema';
import type { IssueRequest } from '../domain/jira/issue-request';
import { jiraPath } from './jira-path';
import { sendWithRetry } from './send-with-retry';
import type { RetryPolicy } from './retry-policy';

export type IssueErrorCode = 'ISSUE_NOT_FOUND' | 'JIRA_FORBIDDEN' | 'JIRA_UNAVAILABLE' | 'JIRA_BAD_ANSWER';
/** `rateLimited`: Jira answered 429, the app's own site-wide limit (never a reason to fail open). */
export type GetIssueResult = { ok: true; issue: JiraIssue } | { ok: false; code: IssueErrorCode; message: string; rateLimited?: true };

/** Loads a work item with the single `GET /rest/api/3/issue/{key}` a gate needs. */
export async function getIssue(client: JiraClient, clock: Clock, key: string, want: IssueRequest, policy: RetryPolicy): Promise<GetIssueResult> {
  const query: Record<string, string> = { fields: want.fields.join(',') };
  if (want.properties.length) query['properties'] = want.properties.join(',');
  if (want.expand.length) query['expand'] = want.expand.join(',');
  const sent = await sendWithRetry(client, { method: 'GET', path: jiraPath('getIssue', { issueIdOrKey: key }), query }, policy, clock);
  if (!sent.ok) {
    return {
      ok: false,
      code: 'JIRA_UNAVAILABLE',
      message: `Jira could not be asked about ${key} after ${sent.attempts} attempt(s): ${sent.lastProblem}`,
      ...(sent.rateLimited ? { rateLimited: true as const } : {}),
    };
  }
  const { status, body } = sent.response;
  if (status === 404) return { ok: false, code: 'ISSUE_NOT_FOUND', message: `Work item ${key} was not found, or the app may not see it` };
  if (status === 401 || status === 403) {
    return { ok: false, code: 'JIRA_FORBIDDEN', message: `Jira refused the app access to ${key} (HTTP ${status}); check the app's project permissions` };
  }
  if (status < 200 || status >= 300) return { ok: false, code: 'JIRA_BAD_ANSWER', message: `Jira answered HTTP ${status} for ${key}` };
  const parsed = jiraIssueSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'JIRA_BAD_ANSWER', message: `Jira's answer for ${key} is not a work item` };
  return { ok: true, issue: parsed.data };
}
