import type * as z from 'zod';
import type { Clock } from '../ports/clock';
import type { JiraClient, JiraRequest } from '../ports/jira-client';
import type { RetryPolicy } from './retry-policy';
import { sendWithRetry } from './send-with-retry';

/** A REST client (Jira's or Confluence's: the ports share one shape) with the clock and retry policy its calls run under. */
export interface RestAccess {
  client: JiraClient;
  clock: Clock;
  retry: RetryPolicy;
}

type Product = 'Jira' | 'Confluence';
export type ReadCode<P extends Product> = `${Uppercase<P>}_UNAVAILABLE` | 'NOT_FOUND' | `${Uppercase<P>}_REFUSED` | `${Uppercase<P>}_BAD_ANSWER`;
/** `rateLimited`: the product answered 429 (never a reason to fail open); `status`: the HTTP status of an answer that was not a 2xx. */
export type ReadResult<T, P extends Product> = { ok: true; value: T } | { ok: false; code: ReadCode<P>; message: string; rateLimited?: true; status?: number };

/**
 * One call with the bounded retry, its answer checked against `schema`. Every answer that is not
 * a valid 2xx becomes a coded failure, so callers fail closed without inspecting statuses.
 */
export async function readJson<T, P extends Product>(
  product: P,
  access: RestAccess,
  request: JiraRequest,
  schema: z.ZodType<T>,
  what: string,
): Promise<ReadResult<T, P>> {
  const code = (suffix: 'UNAVAILABLE' | 'REFUSED' | 'BAD_ANSWER') => `${product.toUpperCase()}_${suffix}` as ReadCode<P>;
  const sent = await sendWithRetry(access.client, request, access.retry, access.clock);
  if (!sent.ok)
    return {
      ok: false,
      code: code('UNAVAILABLE'),
      message: `${product} could not be asked for ${what} after ${sent.attempts} attempt(s): ${sent.lastProblem}`,
      ...(sent.rateLimited ? { rateLimited: true as const } : {}),
    };
  const { status, body } = sent.response;
  if (status === 404) return { ok: false, code: 'NOT_FOUND', message: `${product} found no ${what}` };
  if (status === 401 || status === 403) return { ok: false, code: code('REFUSED'), message: `${product} refused to tell ${what} (HTTP ${status})` };
  if (status < 200 || status >= 300) return { ok: false, code: code('BAD_ANSWER'), message: `${product} answered HTTP ${status} for ${what}`, status };
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, code: code('BAD_ANSWER'), message: `${product}'s answer for ${what} has an unexpected shape` };
}
