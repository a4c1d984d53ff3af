import type { Clock } from '../ports/clock';
import type { JiraClient, JiraRequest, JiraResponse } from '../ports/jira-client';
import { isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy';

/** `rateLimited`: some answer was 429 (the app's own site-wide limit, not an outage). */
export type SendResult = { ok: true; response: JiraResponse; attempts: number } | { ok: false; attempts: number; lastProblem: string; rateLimited: boolean };

class AttemptTimeout extends Error {}

async function attempt(client: JiraClient, request: JiraRequest, timeoutMs: number): Promise<JiraResponse> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AttemptTimeout(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([client({ ...request, signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a request, retrying 429 and 5xx answers, network errors and time-outs within the
 * policy's attempts and wall-clock budget, and never past the invocation's deadline. Retry-After is honoured; a wait that would overrun
 * the budget is not started. Other answers (2xx, 4xx) are returned to the caller as they are.
 */
export async function sendWithRetry(
  client: JiraClient,
  request: JiraRequest,
  policy: RetryPolicy,
  clock: Clock,
  /** `rateLimitsOnly`: for a call that is not safe to repeat (create): only a 429, which Jira did not act on, is retried. */
  retries: 'all' | 'rateLimitsOnly' = 'all',
): Promise<SendResult> {
  const deadline = Math.min(clock.now() + policy.budgetMs, policy.deadlineAt ?? Infinity);
  let lastProblem = 'not attempted';
  let rateLimited = false;
  if (clock.now() >= deadline) return { ok: false, attempts: 0, lastProblem: 'no time was left in this request for another call', rateLimited };
  for (let n = 1; n <= policy.attempts; n++) {
    const remaining = Math.max(1, deadline - clock.now());
    let waitMs: number | undefined;
    try {
      const response = await attempt(client, request, Math.min(policy.attemptTimeoutMs, remaining));
      if (!isRetryableStatus(response.status) || (retries === 'rateLimitsOnly' && response.status !== 429)) return { ok: true, response, attempts: n };
      lastProblem = `Jira answered ${response.status}`;
      rateLimited ||= response.status === 429;
      waitMs = retryAfterMs(response.header('retry-after'), clock.now());
    } catch (error) {
      lastProblem = error instanceof AttemptTimeout ? `Jira did not answer in time (${error.message})` : `could not reach Jira (${(error as Error).message})`;
      if (retries === 'rateLimitsOnly') return { ok: false, attempts: n, lastProblem, rateLimited };
    }
    if (n === policy.attempts) return { ok: false, attempts: n, lastProblem, rateLimited };
    const wait = waitMs ?? policy.backoffMs * 3 ** (n - 1);
    if (clock.now() + wait >= deadline) return { ok: false, attempts: n, lastProblem: `${lastProblem}; retrying would take longer than allowed`, rateLimited };
    await clock.sleep(wait);
  }
  return { ok: false, attempts: policy.attempts, lastProblem, rateLimited };
}
