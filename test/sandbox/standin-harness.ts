/**
 * Starts the stand-in Jira/Confluence on an ephemeral loopback port with a temp data file, and
 * calls it as a demo person, as the app, or without credentials. Every rule the stand-in runs on
 * a transition is recorded; the answer comes from `ruleAnswer` (allow by default).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createStandIn,
  type IssueEventListener,
  type PageEventListener,
  type StandIn,
  type TransitionRuleArgs,
  type TransitionRuleRunner,
} from '../../sandbox/standin/standin-server';
import { APP_EMAIL, DEMO_USERS } from '../../sandbox/standin/demo-users';

export type As = 'emma' | 'quinn' | 'priya' | 'alex' | 'victor' | 'app' | 'nobody' | { authorization: string };

export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface Harness {
  baseUrl: string;
  dataFile: string;
  standIn: StandIn;
  ruleCalls: Array<{ rule: { type: string; configuration: unknown }; args: TransitionRuleArgs }>;
  ruleAnswer: TransitionRuleRunner;
  /** Told of every page the stand-in saves, as the app's decision index trigger is (nothing by default). */
  onPageEvent: PageEventListener;
  /** A `FormData` body goes as multipart/form-data; `headers` add to the request's. */
  call(
    as: As,
    method: string,
    path: string,
    options?: { query?: Record<string, string | string[]>; body?: unknown; headers?: Record<string, string> },
  ): Promise<Answer>;
  /** A second stand-in over the same data file, as after a restart. */
  restart(options?: { reset?: boolean }): Promise<Harness>;
  close(): Promise<void>;
}

export function basic(email: string, password = 'sandbox'): string {
  return `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
}

function authorization(as: As): string | undefined {
  if (typeof as === 'object') return as.authorization;
  if (as === 'nobody') return undefined;
  if (as === 'app') return basic(APP_EMAIL);
  const user = DEMO_USERS.find((u) => u.emailAddress.startsWith(`${as}@`));
  if (!user) throw new Error(`no demo person ${as}`);
  return basic(user.emailAddress);
}

export function queryString(query: Record<string, string | string[]> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function startStandIn(options: { dataFile?: string; reset?: boolean; dir?: string; onIssueEvent?: IssueEventListener } = {}): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'shipshape-standin-'));
  const dataFile = options.dataFile ?? join(dir, 'jira.json');
  const ruleCalls: Harness['ruleCalls'] = [];
  const harness = {
    ruleCalls,
    ruleAnswer: (async () => ({ result: true })) as TransitionRuleRunner,
    onPageEvent: (() => undefined) as PageEventListener,
  } as Harness;
  const standIn = createStandIn({
    dataFile,
    ...(options.reset === undefined ? {} : { reset: options.reset }),
    ...(options.onIssueEvent ? { onIssueEvent: options.onIssueEvent } : {}),
    onPageEvent: (event) => harness.onPageEvent(event),
    runRule: async (rule, args, context) => {
      ruleCalls.push({ rule: structuredClone(rule), args: structuredClone(args) });
      return harness.ruleAnswer(rule, args, context);
    },
  });
  const server: Server = createServer((req, res) => {
    void standIn.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(418, { 'content-type': 'text/plain' });
        res.end('not the stand-in');
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(harness, {
    baseUrl,
    dataFile,
    standIn,
    async call(
      as: As,
      method: string,
      path: string,
      call: { query?: Record<string, string | string[]>; body?: unknown; headers?: Record<string, string> } = {},
    ) {
      const auth = authorization(as);
      const form = call.body instanceof FormData ? call.body : undefined;
      const response = await fetch(`${baseUrl}${path}${queryString(call.query)}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(auth ? { authorization: auth } : {}),
          ...(call.body === undefined || form ? {} : { 'content-type': 'application/json' }),
          ...call.headers,
        },
        ...(call.body === undefined ? {} : { body: form ?? (typeof call.body === 'string' ? call.body : JSON.stringify(call.body)) }),
      });
      const text = await response.text();
      let body: unknown = text === '' ? undefined : text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body, headers: response.headers };
    },
    restart: async (again: { reset?: boolean } = {}) => {
      await harness.close();
      return startStandIn({ dataFile, dir, ...again });
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  });
  return harness;
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
