import type { JiraRequest } from '../ports/jira-client';
import { jiraMessages } from './jira-messages';
import type { JiraAccess } from './read-jira';
import { sendWithRetry } from './send-with-retry';

/** `uncertain`: Jira failed after it may have acted (5xx, no answer): the write may have happened. */
export type JiraWrite<T> = { ok: true; value: T } | { ok: false; status: number | undefined; messages: string[]; uncertain: boolean };

/** Sends a write that is not safe to repeat (only a 429 is retried): a 2xx answer's body, or Jira's words why not. */
export async function sendWrite(jira: JiraAccess, request: JiraRequest): Promise<JiraWrite<unknown>> {
  const sent = await sendWithRetry(jira.client, request, jira.retry, jira.clock, 'rateLimitsOnly');
  if (!sent.ok) return { ok: false, status: undefined, messages: [sent.lastProblem], uncertain: !sent.rateLimited };
  const { status, body } = sent.response;
  if (status >= 200 && status < 300) return { ok: true, value: body };
  return { ok: false, status, messages: jiraMessages(body), uncertain: status >= 500 };
}
