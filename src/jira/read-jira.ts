import type * as z from 'zod';
import type { Clock } from '../ports/clock';
import type { JiraClient, JiraRequest } from '../ports/jira-client';
import type { RetryPolicy } from './retry-policy';
import { sendWithRetry } from './send-with-retry';

/** A Jira client with the clock and retry policy its calls run under. */
export interface JiraAccess {
  client: JiraClient;
  clock: Clock;
  retry: RetryPolicy;
}

export type JiraReadCode = 'JIRA_UNAVAILABLE' | 'NOT_FOUND' | 'JIRA_REFUSED' | 'JIRA_BAD_ANSWER';
export type JiraRead<T> = { ok: true; value: T } | { ok: false; code: JiraReadCode; message: string };

/**
 * One GET with the bounded retry, its answer checked against `schema`. Every answer that is not
 * a valid 2xx becomes a coded failure, so callers fail closed without inspecting statuses.
 */
export async function readJira<T>(jira: JiraAccess, request: JiraRequest, schema: z.ZodType<T>, what: string): Promise<JiraRead<T>> {
  const sent = await sendWithRetry(jira.client, request, jira.retry, jira.clock);
  if (!sent.ok) return { ok: false, code: 'JIRA_UNAVAILABLE', message: `Jira could not be asked for ${what} after ${sent.attempts} attempt(s): ${sent.lastProblem}` };
  const { status, body } = sent.response;
  if (status === 404) return { ok: false, code: 'NOT_FOUND', message: `Jira found no ${what}` };
  if (status === 401 || status === 403) return { ok: false, code: 'JIRA_REFUSED', message: `Jira refused to tell ${what} (HTTP ${status})` };
  if (status < 200 || status >= 300) return { ok: false, code: 'JIRA_BAD_ANSWER', message: `Jira answered HTTP ${status} for ${what}` };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'JIRA_BAD_ANSWER', message: `Jira's answer for ${what} has an unexpected shape` };
}
