/** How hard a Jira call is retried before the caller gives up (and a gate fails closed). */
export interface RetryPolicy {
  /** Most attempts in all, the first one included. */
  attempts: number;
  /** Wall-clock budget for all attempts and waits together. */
  budgetMs: number;
  /** Longest a single attempt may take. */
  attemptTimeoutMs: number;
  /** Wait before the first retry when Jira gives no Retry-After; tripled for each further retry. */
  backoffMs: number;
  /** When the whole invocation must be done (epoch ms): shared by every call and retry in it. */
  deadlineAt?: number;
}

/**
 * Forge ends a function after 25 s. Every call and retry of one invocation shares this budget,
 * leaving 5 s for storage and the answer; past it callers get a clean "try again".
 */
export const INVOCATION_BUDGET_MS = 20_000;

/** The ports of one invocation starting now: all its calls and retries share one deadline. */
export const forInvocation = <D extends { clock: { now(): number }; retry: RetryPolicy }>(deps: D): D => ({
  ...deps,
  retry: { ...deps.retry, deadlineAt: deps.clock.now() + INVOCATION_BUDGET_MS },
});

/** Sized for a workflow validator: Jira waits for the answer while the person waits for Jira. */
export const VALIDATOR_RETRY_POLICY: RetryPolicy = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
export const isRetryableStatus = (status: number) => RETRYABLE.has(status);

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  // A negative delay is invalid (RFC 9110): fall back to the caller's own backoff.
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** For the panel's resolvers: a person waits for the answer, and Forge ends a function after 25 s. */
export const RESOLVER_RETRY_POLICY: RetryPolicy = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };

/** For the search index trigger: nobody waits, so it may wait longer for Jira (within Forge's 25 s). */
export const TRIGGER_RETRY_POLICY: RetryPolicy = { attempts: 4, budgetMs: 15000, attemptTimeoutMs: 5000, backoffMs: 1000 };
