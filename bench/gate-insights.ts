import { performance } from 'node:perf_hooks';
import { bundledWords } from '../src/adapters/bundled-words';
import { memoryStore } from '../src/adapters/memory-store';
import type { AttemptEvent } from '../src/domain/insights/gate-event';
import { legacyProjectGatesKey } from '../src/gates/project-keys';
import { recordGateEvent } from '../src/insights/record-gate-event';
import type { JiraClient } from '../src/ports/jira-client';
import type { KeyValueStore } from '../src/ports/key-value-store';
import type { SendGateEvent } from '../src/ports/gate-event-queue';
import { recordsKey } from '../src/records/records-store';
import { validateTransition } from '../src/validator/validate-transition';
import { bigGate, bigIssue, someRecords } from './big-item';
import { countingStore } from './counting-store';
import { median, type Row } from './measure';
import { busyQuarter, figuresOf } from './insights-fixture';
import { getInsights } from '../src/insights-page/get-insights';
import { seedAppStorage } from '../sandbox/standin/seed';

/** Platform round trips as modelled here (Forge's own are not measurable off-platform): Jira, one storage read, one queue push. */
const LATENCY = { jiraMs: 60, storageMs: 8, pushMs: 25 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

function slowStore(inner: KeyValueStore): KeyValueStore {
  return { ...inner, get: async (key) => (await wait(LATENCY.storageMs), inner.get(key)) };
}

async function validatorTimes(sendEvent: SendGateEvent | undefined): Promise<number[]> {
  const base = bigIssue(200, 100);
  const issue = { ...base, fields: { ...base.fields, project: { id: '10000', key: 'ABC' } } };
  const jira: JiraClient = async () => (await wait(LATENCY.jiraMs), { status: 200, header: () => undefined, body: issue });
  const store = slowStore(
    memoryStore({ [legacyProjectGatesKey('ABC')]: { format: 'shipshape.gates/v1', gates: [bigGate(50)] }, [recordsKey(issue.id)]: someRecords() }),
  );
  const clock = { now: () => Date.now(), sleep: async () => undefined };
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const start = performance.now();
    await validateTransition(
      { issue: { key: 'ABC-1' }, configuration: { gateId: 'bench' } },
      {
        jira,
        store,
        clock,
        retry: { attempts: 1, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 },
        words: bundledWords,
        ...(sendEvent ? { sendEvent } : {}),
      },
    );
    if (i >= 10) times.push(performance.now() - start);
  }
  return times;
}

/** A quarter's worth of one project's events: 500 items, each blocked a few times on 3 of 12 criteria, then passing. */
function quarterOfEvents(count: number): AttemptEvent[] {
  const start = Date.UTC(2026, 8, 7);
  return Array.from({ length: count }, (_, i) => {
    const item = i % 500;
    const passed = i % 5 === 4;
    return {
      kind: 'attempt',
      id: `bench-event-${i}`,
      at: start + i * 150_000,
      projectId: '10000',
      itemId: String(20000 + item),
      itemKey: `ABC-${item + 1}`,
      gateId: 'definition-of-done',
      by: 'acc-emma',
      passed,
      failing: passed ? [] : [`check-${item % 12}`, `check-${(item + 3) % 12}`, `check-${(item + 7) % 12}`],
      waived: [],
    };
  });
}

export async function gateInsightRows(): Promise<Row[]> {
  const without = await validatorTimes(undefined);
  const pushed: SendGateEvent = async () => void (await wait(LATENCY.pushMs));
  const withRecording = await validatorTimes(pushed);
  const added = median(withRecording) - median(without);
  const { counted, counts } = countingStore(memoryStore());
  const events = quarterOfEvents(5000);
  const perEvent: number[] = [];
  for (const event of events) {
    const start = performance.now();
    await recordGateEvent(counted, event);
    perEvent.push(performance.now() - start);
  }
  const model = `Jira ${LATENCY.jiraMs} ms, storage read ${LATENCY.storageMs} ms, push ${LATENCY.pushMs} ms modelled`;
  return [
    {
      measure: `validator median / p95, not recording (${model})`,
      value: `${median(without).toFixed(1)} / ${p95(without).toFixed(1)} ms`,
      target: '(baseline)',
      ok: true,
    },
    {
      measure: 'validator median / p95, recording the attempt',
      value: `${median(withRecording).toFixed(1)} / ${p95(withRecording).toFixed(1)} ms`,
      target: '',
      ok: true,
    },
    { measure: 'validator: added wait (median)', value: `${added.toFixed(1)} ms`, target: `<= one push + 5 ms`, ok: added <= LATENCY.pushMs + 5 },
    {
      measure: 'aggregate update per event, 5,000 events (median / p95 CPU)',
      value: `${median(perEvent).toFixed(2)} / ${p95(perEvent).toFixed(2)} ms`,
      target: '<= 5 ms median',
      ok: median(perEvent) <= 5,
    },
    {
      measure: 'storage per event: reads / commits',
      value: `${(counts.reads / events.length).toFixed(1)} / ${(counts.commits / events.length).toFixed(2)}`,
      target: '1 commit',
      ok: counts.commits === events.length,
    },
  ];
}

/** The insights page's one call over a quarter of 50,000 events: time, answer size, storage and Jira calls. */
export async function insightsResolverRows(): Promise<Row[]> {
  const now = Date.now();
  const { counted, counts } = countingStore(memoryStore({ ...seedAppStorage(), ...figuresOf(busyQuarter(50_000, now)) }));
  let jiraCalls = 0;
  const asUser: JiraClient = async (request) => {
    jiraCalls += 1;
    if (request.path === '/rest/api/3/mypermissions')
      return { status: 200, header: () => undefined, body: { permissions: { BROWSE_PROJECTS: { havePermission: true } } } };
    const ids = (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
    return {
      status: 200,
      header: () => undefined,
      body: { issues: ids.map((id) => ({ id, key: `ABC-${id}`, fields: { summary: 'Item', status: { name: 'In Progress' } } })) },
    };
  };
  const deps = {
    jiraAsApp: asUser,
    jiraAsUser: asUser,
    store: counted,
    clock: { now: () => now, sleep: async () => undefined },
    retry: { attempts: 1, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 0 },
  };
  const context = { accountId: 'acc-emma', extension: { project: { id: '10000', key: 'ABC' } } };
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 15; run += 1) {
    Object.assign(counts, { reads: 0, batches: 0, commits: 0 });
    jiraCalls = 0;
    const start = performance.now();
    const answer = await getInsights(deps, { payload: {}, context });
    times.push(performance.now() - start);
    bytes = new TextEncoder().encode(JSON.stringify(answer)).byteLength;
  }
  return [
    { measure: 'insights resolver, 50,000 events in the quarter (median)', value: `${median(times).toFixed(1)} ms`, target: '', ok: true },
    { measure: 'insights answer size', value: `${(bytes / 1024).toFixed(1)} KB`, target: '<= 100 KB', ok: bytes <= 100 * 1024 },
    {
      measure: 'insights resolver: storage reads + batches / Jira calls',
      value: `${counts.reads} + ${counts.batches} / ${jiraCalls}`,
      target: '<= 2 Jira calls',
      ok: jiraCalls <= 2,
    },
  ];
}
