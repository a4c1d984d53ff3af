import { jiraPath } from './jira-path';
import type { JiraAccess } from './read-jira';
import { sendWithRetry } from './send-with-retry';
import { jiraMessages } from './jira-messages';
import type { JiraWrite } from './create-issue';

/**
 * `POST /rest/api/3/issueLink`: `outward` <link type's outward words> `inward` ("ABC-12 blocks
 * ABC-3"). Jira's request names them the other way round: the issue the outward words start
 * from is the request's `inwardIssue`.
 */
export async function linkIssues(jira: JiraAccess, linkType: string, outward: string, inward: string): Promise<JiraWrite<true>> {
  const body = { type: { name: linkType }, inwardIssue: { key: outward }, outwardIssue: { key: inward } };
  const request = { method: 'POST' as const, path: jiraPath('linkIssues', {}), body };
  const sent = await sendWithRetry(jira.client, request, jira.retry, jira.clock, 'rateLimitsOnly');
  if (!sent.ok) return { ok: false, status: undefined, messages: [sent.lastProblem], uncertain: !sent.rateLimited };
  const { status } = sent.response;
  if (status >= 200 && status < 300) return { ok: true, value: true };
  return { ok: false, status, messages: jiraMessages(sent.response.body), uncertain: status >= 500 };
}
