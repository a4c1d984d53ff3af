/**
 * Small shared fakes for the ports: a clock whose time moves only when code sleeps, and Jira
 * clients that answer from a script or a handler and record every request they receive.
 */
import type { Clock } from '../../src/ports/clock';
import type { JiraClient, JiraRequest, JiraResponse } from '../../src/ports/jira-client';

export interface FakeClock extends Clock {
  /** Every sleep() asked for, in ms, in order. */
  readonly sleeps: number[];
  /** Moves time forward without sleeping (e.g. a slow Jira answer). */
  advance(ms: number): void;
}

/** A clock that starts at `start` (default 2025-06-02T09:00:00Z) and advances only by sleep()/advance(). */
export function fakeClock(start = Date.UTC(2025, 5, 2, 9, 0, 0)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A Jira answer; header names are matched case-insensitively, as the port promises. */
export function jiraResponse(status: number, body?: unknown, headers: Record<string, string> = {}): JiraResponse {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { status, body, header: (name) => lower.get(name.toLowerCase()) };
}

export type RecordingJira = JiraClient & {
  /** Every request received, in order, as sent (the signal included). */
  readonly requests: JiraRequest[];
};

/** A Jira client that records every request and answers it with `handler`. */
export function recordingJira(handler: (request: JiraRequest) => JiraResponse | Promise<JiraResponse>): RecordingJira {
  const requests: JiraRequest[] = [];
  const client = async (request: JiraRequest) => {
    requests.push(request);
    return handler(request);
  };
  return Object.assign(client, { requests });
}

/** One scripted attempt: an answer, an error to throw (a network failure), or 'hang' (never answers). */
export type ScriptStep = JiraResponse | Error | 'hang';

/** A Jira client that answers the n-th request with the n-th step; a request beyond the script fails the test. */
export function scriptedJira(steps: ScriptStep[]): RecordingJira {
  let next = 0;
  return recordingJira((request) => {
    const step = steps[next++];
    if (step === undefined) throw new Error(`scriptedJira: unexpected request #${next} ${request.method} ${request.path}`);
    if (step === 'hang') return new Promise<JiraResponse>(() => undefined);
    if (step instanceof Error) throw step;
    return step;
  });
}
