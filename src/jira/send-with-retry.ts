import type { Clock } from '../ports/clock';
import type { JiraClient, JiraRequest, JiraResponse } from '../ports/jira-client';
import { isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy';

export type SendResult = { ok: true; response: JiraResponse; attempts: number } | { ok: false; attempts: number; lastProblem: string };

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
 * policy's attempts and wall-clock budget. Retry-After is honoured; a wait that would overrun
 * the budget is not started. Other answers (2xx, 4xx) are returned to the caller as they are.
 */
export async function sendWithRetry(client: JiraClient, request: JiraRequest, policy: RetryPolicy, clock: Clock): Promise<SendResult> {
  const deadline = clock.now() + policy.budgetMs;
  let lastProblem = 'not attempted';
  for (let n = 1; n <= policy.attempts; n++) {
    const remaining = Math.max(1, deadline - clock.now());
    let waitMs: number | undefined;
    try {
      const response = await attempt(client, request, Math.min(policy.attemptTimeoutMs, remaining));
      if (!isRetryableStatus(response.status)) return { ok: true, response, attempts: n };
      lastProblem = `Jira answered ${response.status}`;
      waitMs = retryAfterMs(response.header('retry-after'), clock.now());
    } catch (error) {
      lastProblem = error instanceof AttemptTimeout ? `Jira did not answer in time (${error.message})` : `could not reach Jira (${(error as Error).message})`;
    }
    if (n === policy.attempts) return { ok: false, attempts: n, lastProblem };
    const wait = waitMs ?? policy.backoffMs * 3 ** (n - 1);
    if (clock.now() + wait >= deadline) return { ok: false, attempts: n, lastProblem: `${lastProblem}; retrying would take longer than allowed` };
    await clock.sleep(wait);
  }
  return { ok: false, attempts: policy.attempts, lastProblem };
}
