/**
 * Issue 13, deliverable 5 (and reproduction 5): one deadline per invocation that every Jira call
 * and retry shares, and storage never half-written wherever Forge ends the function.
 */
import { INVOCATION_BUDGET_MS, TRIGGER_RETRY_POLICY, RESOLVER_RETRY_POLICY } from '../../src/jira/retry-policy';
import { onIssueEvent } from '../../src/triggers/search-index-trigger';
import { memoryStore } from '../../src/adapters/memory-store';
import { legacyProjectGatesKey, projectGatesKey } from '../../src/gates/project-keys';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import { approval, fullHandoff, issue, records, subtask, waiver } from '../support/builders';
import type { JiraRequest, JiraResponse } from '../../src/ports/jira-client';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';
import { CAST, fakeSite } from '../resolvers/support/fake-site';
import { configSite } from '../config/support/config-site';

const RATE_LIMITED = (seconds = 5) => jiraResponse(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': String(seconds) });

/** Answers 429 (Retry-After 5 s) to the first two requests for each path, then as `answer` does. */
function slowedByRateLimits(answer: (request: JiraRequest) => JiraResponse) {
  const seen = new Map<string, number>();
  return (request: JiraRequest) => {
    const n = (seen.get(`${request.method} ${request.path}`) ?? 0) + 1;
    seen.set(`${request.method} ${request.path}`, n);
    return n <= 2 ? RATE_LIMITED(5) : answer(request);
  };
}

describe('one deadline per invocation', () => {
  it(`an approval whose every call is rate limited twice ends within ${INVOCATION_BUDGET_MS / 1000} s with a clean "try again", nothing stored`, async () => {
    const site = fakeSite({ records: records({ handoff: fullHandoff(), revision: 2 }) });
    for (const path of ['/rest/api/3/mypermissions', '/rest/api/3/issue/10123', '/rest/api/3/user/groups', '/rest/api/3/project/ABC/role'])
      site.queue(path, RATE_LIMITED(3), RATE_LIMITED(3));
    const before = site.store.snapshot();
    const started = site.clock.now();
    // The resolvers' real policy (8 s and 3 attempts per call): each call alone is within it; together, before
    // the shared deadline, they took 40 s and more.
    const result = await site.callWith({ retry: RESOLVER_RETRY_POLICY }, 'approve', 'priya', {
      payload: { revision: 2, gateId: 'release', criterionId: 'product-approval' },
    });
    expect(site.clock.now() - started).toBeLessThanOrEqual(INVOCATION_BUDGET_MS);
    expect(result).toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('try again') } });
    expect(site.store.snapshot()).toEqual(before);
  });

  it(`the trigger on a sub-task (the sub-task, then its parent) ends within ${INVOCATION_BUDGET_MS / 1000} s when each call is rate limited twice`, async () => {
    const project = { id: '10000', key: 'ABC' };
    const items: Record<string, unknown> = {
      '10124': issue({ key: 'ABC-124', type: 'Sub-task', fields: { project, parent: { id: '10123', key: 'ABC-123' } } }),
      '10123': issue({ key: 'ABC-123', fields: { project, subtasks: [subtask('ABC-124', 'Done')] } }),
    };
    const jira = recordingJira(
      slowedByRateLimits((request) => {
        if (request.method === 'PUT') return jiraResponse(200);
        const id = /^\/rest\/api\/3\/issue\/(\d+)$/.exec(request.path)?.[1] ?? '';
        return items[id] ? jiraResponse(200, items[id]) : jiraResponse(404, { errorMessages: ['No such item'] });
      }),
    );
    const clock = fakeClock();
    const started = clock.now();
    const store = memoryStore({
      [legacyProjectGatesKey('ABC')]: {
        format: 'shipshape.gates/v1',
        gates: [{ id: 'done', name: 'Done', criteria: [{ id: 'subtasks', kind: 'subtasks-done' }] }],
      },
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const event = {
        eventType: 'avi:jira:updated:issue',
        issue: { id: '10124', key: 'ABC-124', fields: { project, parent: { id: '10123', key: 'ABC-123' } } },
      };
      await onIssueEvent(event, { jira, store, clock, retry: TRIGGER_RETRY_POLICY });
    } finally {
      warn.mockRestore();
    }
    expect(jira.requests.length).toBeGreaterThan(3);
    expect(clock.now() - started).toBeLessThanOrEqual(INVOCATION_BUDGET_MS);
  });
});

/** Counts every storage step; throws (as Forge ending the function would) at step `cut`. */
function cutAt(store: KeyValueStore, cut: number): { steps: () => number } {
  let step = 0;
  for (const name of ['get', 'getVersioned', 'set', 'delete', 'commit'] as const) {
    const original = store[name].bind(store) as (...args: unknown[]) => Promise<unknown>;
    (store as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      step += 1;
      if (step === cut) throw new Error('Forge ended the function here');
      return original(...args);
    };
  }
  return { steps: () => step };
}

const BASE = 4;
const WRITES: Array<[string, keyof typeof CAST, Record<string, unknown>]> = [
  ['saveHandoff', 'dana', { revision: BASE, handoff: { summary: 'Changed summary.' } }],
  ['setTick', 'dana', { revision: BASE, gateId: 'release', criterionId: 'support-briefed', ticked: true }],
  ['verifyBehaviour', 'quinn', { revision: BASE, behaviourId: 'b1', status: 'passed' }],
  ['approve', 'priya', { revision: BASE, gateId: 'release', criterionId: 'product-approval' }],
  ['revokeApproval', 'priya', { revision: BASE, gateId: 'release', criterionId: 'product-approval' }],
  ['waive', 'lee', { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'Config only' }],
  ['revokeWaiver', 'lee', { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed' }],
];
const start = (name: string) =>
  records({
    handoff: fullHandoff(),
    revision: BASE,
    gates:
      name === 'revokeApproval'
        ? { release: { approvals: { 'product-approval': [approval('priya', { groups: ['release-managers'] })] } } }
        : name === 'revokeWaiver'
          ? {
              'ready-for-qa': {
                waivers: { 'build-deployed': { ...waiver('lee', 'Config only', { projectRoles: ['Administrators'] }), accountId: CAST.lee.accountId } },
              },
            }
          : {},
  });

describe('an invocation cut short at any storage step leaves no half-written records', () => {
  it.each(WRITES)('%s', async (name, who, payload) => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const whole = fakeSite({ records: start(name) });
      const counter = cutAt(whole.store, 0);
      expect((await whole.call(name, who, { payload })).ok).toBe(true);
      const steps = counter.steps();
      expect(steps).toBeGreaterThan(1);
      for (let cut = 1; cut <= steps; cut += 1) {
        const site = fakeSite({ records: start(name) });
        cutAt(site.store, cut);
        await site.call(name, who, { payload });
        const stored = await site.records();
        const audit = (await site.audit())?.entries ?? [];
        const changed = stored?.revision === BASE + 1;
        expect([stored?.revision, audit.length]).toEqual(changed ? [BASE + 1, 1] : [BASE, 0]);
        if (changed) expect(audit[0]?.['revision']).toBe(BASE + 1);
        else expect(stored).toEqual(start(name));
      }
    } finally {
      error.mockRestore();
    }
  });

  it('saveGates: the gates, their history and the project index land together or not at all', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const gates = [{ id: 'done', name: 'Done', criteria: [{ id: 'ticked', kind: 'manual' }] }];
      const whole = configSite();
      const counter = cutAt(whole.store, 0);
      expect((await whole.call('saveGates', 'alex', { revision: 0, gates })).ok).toBe(true);
      for (let cut = 1; cut <= counter.steps(); cut += 1) {
        const site = configSite();
        cutAt(site.store, cut);
        await site.call('saveGates', 'alex', { revision: 0, gates });
        const saved = [
          await site.store.get(projectGatesKey('10000')),
          await site.store.get('gates-history:project-id:10000'),
          await site.store.get('gates-projects'),
        ];
        expect(saved.filter((v) => v !== undefined)).toHaveLength(saved[0] === undefined ? 0 : 3);
      }
    } finally {
      error.mockRestore();
    }
  });
});
