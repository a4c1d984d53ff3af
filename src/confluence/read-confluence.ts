import type * as z from 'zod';
import type { Clock } from '../ports/clock';
import type { ConfluenceClient, ConfluenceRequest } from '../ports/confluence-client';
import type { RetryPolicy } from '../jira/retry-policy';
import { sendWithRetry } from '../jira/send-with-retry';

export interface ConfluenceAccess {
  client: ConfluenceClient;
  clock: Clock;
  retry: RetryPolicy;
}

export type ConfluenceReadCode = 'CONFLUENCE_UNAVAILABLE' | 'NOT_FOUND' | 'CONFLUENCE_REFUSED' | 'CONFLUENCE_BAD_ANSWER';
export type ConfluenceRead<T> = { ok: true; value: T } | { ok: false; code: ConfluenceReadCode; message: string };

/** One call with the bounded retry (429/5xx), its 2xx answer checked against `schema`; anything else is a coded failure. */
export async function readConfluence<T>(access: ConfluenceAccess, request: ConfluenceRequest, schema: z.ZodType<T>, what: string): Promise<ConfluenceRead<T>> {
  const sent = await sendWithRetry(access.client, request, access.retry, access.clock);
  if (!sent.ok) return { ok: false, code: 'CONFLUENCE_UNAVAILABLE', message: `Confluence could not be asked for ${what} after ${sent.attempts} attempt(s): ${sent.lastProblem}` };
  const { status, body } = sent.response;
  if (status === 404) return { ok: false, code: 'NOT_FOUND', message: `Confluence found no ${what}` };
  if (status === 401 || status === 403) return { ok: false, code: 'CONFLUENCE_REFUSED', message: `Confluence refused to tell ${what} (HTTP ${status})` };
  if (status < 200 || status >= 300) return { ok: false, code: 'CONFLUENCE_BAD_ANSWER', message: `Confluence answered HTTP ${status} for ${what}` };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'CONFLUENCE_BAD_ANSWER', message: `Confluence's answer for ${what} has an unexpected shape` };
}
