import * as z from 'zod';
import { jiraPath } from './jira-path';
import type { JiraAccess } from './read-jira';
import { sendWithRetry } from './send-with-retry';
import { jiraMessages } from './jira-messages';

const createdSchema = z.looseObject({ id: z.string(), key: z.string() });

/** `uncertain`: Jira failed after it may have acted (5xx, no answer): the issue may exist. */
export type JiraWrite<T> = { ok: true; value: T } | { ok: false; status: number | undefined; messages: string[]; uncertain: boolean };

/** `POST /rest/api/3/issue` (not repeated unless Jira answered 429): the new issue's id and key. */
export async function createIssue(jira: JiraAccess, fields: Record<string, unknown>): Promise<JiraWrite<{ id: string; key: string }>> {
  const request = { method: 'POST' as const, path: jiraPath('createIssue', {}), body: { fields } };
  const sent = await sendWithRetry(jira.client, request, jira.retry, jira.clock, 'rateLimitsOnly');
  if (!sent.ok) return { ok: false, status: undefined, messages: [sent.lastProblem], uncertain: !sent.rateLimited };
  const { status } = sent.response;
  const body = sent.response.body;
  if (status === 201 || status === 200) {
    const created = createdSchema.safeParse(body);
    if (created.success) return { ok: true, value: { id: created.data.id, key: created.data.key } };
    return { ok: false, status, messages: ['Jira answered without the new issue’s key'], uncertain: true };
  }
  return { ok: false, status, messages: jiraMessages(body), uncertain: status >= 500 };
}
