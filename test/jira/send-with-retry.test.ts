import { sendWithRetry } from '../../src/jira/send-with-retry';
import { isRetryableStatus, retryAfterMs, VALIDATOR_RETRY_POLICY, type RetryPolicy } from '../../src/jira/retry-policy';
import type { JiraRequest } from '../../src/ports/jira-client';
import { fakeClock, jiraResponse, recordingJira, scriptedJira } from '../support/fakes';

const POLICY: RetryPolicy = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 1000, backoffMs: 300 };
const REQUEST: JiraRequest = { method: 'GET', path: '/rest/api/3/issue/ABC-1', query: { fields: 'issuetype' } };
const ok = (body: unknown = { id: '10001', key: 'ABC-1', fields: {} }) => jiraResponse(200, body);

describe('sendWithRetry', () => {
  it('returns the first answer when it is a 200, after one attempt and no wait', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toEqual({ ok: true, response: expect.objectContaining({ status: 200 }), attempts: 1 });
    expect(jira.requests).toHaveLength(1);
    expect(jira.requests[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/ABC-1', query: { fields: 'issuetype' } });
    expect(jira.requests[0]!.signal).toBeInstanceOf(AbortSignal);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a 503 after the backoff', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(503, 'Service Unavailable'), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent.ok).toBe(true);
    expect(sent.attempts).toBe(2);
    expect(clock.sleeps).toEqual([300]);
    expect(jira.requests).toHaveLength(2);
  });

  it('triples the backoff for each further retry', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(500), jiraResponse(502), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toMatchObject({ ok: true, attempts: 3 });
    expect(clock.sleeps).toEqual([300, 900]);
  });

  it('waits as long as a 429 Retry-After in seconds asks', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '2' }), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.sleeps).toEqual([2000]);
  });

  it('honours Retry-After on a 503 as well', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(503, undefined, { 'retry-after': '1' }), ok()]);
    await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    const clock = fakeClock();
    const at = new Date(clock.now() + 5000).toUTCString(); // e.g. "Mon, 02 Jun 2025 09:00:05 GMT"
    const jira = scriptedJira([jiraResponse(429, undefined, { 'Retry-After': at }), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.sleeps).toEqual([5000]);
  });

  it('gives up without sleeping when Retry-After is longer than the remaining budget', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(429, undefined, { 'Retry-After': '10' }), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toEqual({ ok: false, attempts: 1, lastProblem: 'Jira answered 429; retrying would take longer than allowed', rateLimited: true });
    expect(clock.sleeps).toEqual([]);
    expect(jira.requests).toHaveLength(1);
  });

  it('gives up when a slow answer has used up the budget', async () => {
    const clock = fakeClock();
    const jira = recordingJira(() => {
      clock.advance(7800); // Jira took 7.8 s to say 503; 300 ms more would overrun the 8 s budget
      return jiraResponse(503);
    });
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toEqual({ ok: false, attempts: 1, lastProblem: 'Jira answered 503; retrying would take longer than allowed', rateLimited: false });
    expect(clock.sleeps).toEqual([]);
  });

  it('reports the last problem when every attempt fails', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(503), jiraResponse(503), jiraResponse(504)]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toEqual({ ok: false, attempts: 3, lastProblem: 'Jira answered 504', rateLimited: false });
    expect(jira.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([300, 900]);
  });

  it.each([400, 401, 403, 404, 409])('returns a %i as it is, without retrying', async (status) => {
    const clock = fakeClock();
    const jira = scriptedJira([jiraResponse(status, { errorMessages: ['nope'], errors: {} }), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toEqual({ ok: true, response: expect.objectContaining({ status, body: { errorMessages: ['nope'], errors: {} } }), attempts: 1 });
    expect(jira.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a thrown network error', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([new Error('socket hang up'), ok()]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.sleeps).toEqual([300]);
  });

  it('names the network error when it never recovers', async () => {
    const clock = fakeClock();
    const jira = scriptedJira([new Error('ECONNRESET'), new Error('ECONNRESET'), new Error('getaddrinfo ENOTFOUND')]);
    const sent = await sendWithRetry(jira, REQUEST, POLICY, clock);
    expect(sent).toEqual({ ok: false, attempts: 3, lastProblem: 'could not reach Jira (getaddrinfo ENOTFOUND)', rateLimited: false });
  });

  it('times out an attempt that never answers, aborts it, and retries', async () => {
    const clock = fakeClock();
    const jira = scriptedJira(['hang', ok()]);
    const sent = await sendWithRetry(jira, REQUEST, { ...POLICY, attemptTimeoutMs: 30 }, clock);
    expect(sent).toMatchObject({ ok: true, attempts: 2 });
    expect(clock.sleeps).toEqual([300]);
    expect(jira.requests[0]!.signal!.aborted).toBe(true);
    expect(jira.requests[1]!.signal!.aborted).toBe(false);
  });

  it('reports a time-out when no attempt ever answers', async () => {
    const clock = fakeClock();
    const jira = scriptedJira(['hang', 'hang']);
    const sent = await sendWithRetry(jira, REQUEST, { ...POLICY, attempts: 2, attemptTimeoutMs: 30 }, clock);
    expect(sent).toEqual({ ok: false, attempts: 2, lastProblem: 'Jira did not answer in time (no answer within 30 ms)', rateLimited: false });
    expect(clock.sleeps).toEqual([300]);
  });

  it('cuts an attempt short to what is left of the budget', async () => {
    const clock = fakeClock();
    const jira = scriptedJira(['hang']);
    const started = Date.now();
    const sent = await sendWithRetry(jira, REQUEST, { attempts: 3, budgetMs: 40, attemptTimeoutMs: 60_000, backoffMs: 300 }, clock);
    expect(sent).toEqual({
      ok: false,
      attempts: 1,
      lastProblem: 'Jira did not answer in time (no answer within 40 ms); retrying would take longer than allowed',
      rateLimited: false,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives up when an answer took the whole budget, even with no wait to make', async () => {
    const clock = fakeClock();
    const jira = recordingJira(() => {
      clock.advance(8000);
      return jiraResponse(503);
    });
    const sent = await sendWithRetry(jira, REQUEST, { ...POLICY, backoffMs: 0 }, clock);
    expect(sent).toEqual({ ok: false, attempts: 1, lastProblem: 'Jira answered 503; retrying would take longer than allowed', rateLimited: false });
    expect(jira.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('retryAfterMs', () => {
  const now = Date.UTC(2025, 5, 2, 9, 0, 0);

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['2', 2000],
    [' 2 ', 2000],
    ['0', 0],
    ['1.5', 1500],
    ['120', 120_000],
    ['-3', undefined],
    ['soon', undefined],
  ])('reads %j as %j ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(retryAfterMs('Mon, 02 Jun 2025 09:00:07 GMT', now)).toBe(7000);
  });

  it('reads an HTTP date in the past as no wait', () => {
    expect(retryAfterMs('Mon, 02 Jun 2025 08:59:00 GMT', now)).toBe(0);
  });
});

describe('isRetryableStatus and the validator policy', () => {
  it('retries 429 and the transient 5xx only', () => {
    expect([200, 400, 401, 403, 404, 429, 500, 501, 502, 503, 504].filter(isRetryableStatus)).toEqual([429, 500, 502, 503, 504]);
  });

  it('keeps the validator within a bounded budget', () => {
    expect(VALIDATOR_RETRY_POLICY).toEqual({ attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 });
  });

  it('shares the invocation deadline: a call starting past it is not sent, and one near it is cut to what is left', async () => {
    const clock = fakeClock();
    const policy = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300, deadlineAt: clock.now() + 1000 };
    const late = scriptedJira([jiraResponse(200)]);
    clock.advance(1000);
    expect(await sendWithRetry(late, REQUEST, policy, clock)).toEqual({
      ok: false,
      attempts: 0,
      lastProblem: 'no time was left in this request for another call',
      rateLimited: false,
    });
    expect(late.requests).toHaveLength(0);
    const retried = scriptedJira([jiraResponse(429, undefined, { 'Retry-After': '2' }), jiraResponse(200)]);
    const sent = await sendWithRetry(retried, REQUEST, { ...policy, deadlineAt: clock.now() + 1500 }, clock);
    expect(sent).toEqual({ ok: false, attempts: 1, lastProblem: 'Jira answered 429; retrying would take longer than allowed', rateLimited: true });
  });
});
