/**
 * The insights page's one call against the sandbox's seeded quarter: every figure is derived
 * here again, straight from the seeded events (not through the app's counting), and compared.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import type { AttemptEvent } from '../../src/domain/insights/gate-event';
import { isoWeek } from '../../src/domain/insights/iso-week';
import { getInsights } from '../../src/insights-page/get-insights';
import { searchGadgetProjects } from '../../src/insights-page/search-gadget-projects';
import { getInsightGates } from '../../src/insights-page/get-insight-gates';
import type { InsightsData } from '../../src/insights-page/insights-data';
import type { IssueResolverDeps } from '../../src/resolvers/resolver-deps';
import type { Envelope } from '../../src/resolvers/envelope';
import { seedAppStorage } from '../../sandbox/standin/seed';
import { seedDefinitionOfDone } from '../../sandbox/standin/seed-app-storage';
import { insightsSeedEvents, seedInsightsStorage } from '../../sandbox/standin/seed-insights';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';

const NOW = Date.UTC(2026, 11, 3, 15);
const DOD = 'definition-of-done';
const context = { accountId: 'viewer-1', extension: { type: 'jira:projectPage', project: { id: '10000', key: 'ABC', type: 'software' } } };

function deps(store: ReturnType<typeof memoryStore>, options: { browse?: boolean; visible?: string[] } = {}) {
  const asUser = recordingJira((request) => {
    if (request.path === '/rest/api/3/mypermissions')
      return jiraResponse(200, { permissions: { BROWSE_PROJECTS: { key: 'BROWSE_PROJECTS', havePermission: options.browse ?? true } } });
    if (request.path === '/rest/api/3/issue/bulkfetch') {
      const asked = (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
      const items: Record<string, string> = { '10003': 'ABC-3', '10005': 'ABC-5' };
      const shown = asked.filter((id) => items[id] && (options.visible ?? Object.values(items)).includes(items[id]!));
      return jiraResponse(200, {
        issues: shown.map((id) => ({
          id,
          key: items[id],
          fields: { summary: `Item ${items[id]}`, status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } },
        })),
      });
    }
    return jiraResponse(404, { errorMessages: ['not here'] });
  });
  const d: IssueResolverDeps = {
    jiraAsApp: asUser,
    jiraAsUser: asUser,
    store,
    clock: fakeClock(NOW),
    retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 },
  };
  return { d, asUser };
}

async function seeded() {
  return memoryStore({ ...seedAppStorage(), ...(await seedInsightsStorage(NOW)) });
}

const ok = (answer: Envelope<InsightsData>) => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};

/** The exact percentile (nearest rank) of a list. */
const exact = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)]!;

describe('getInsights on the seeded quarter', () => {
  const events = insightsSeedEvents(NOW);
  const attempts = events.filter((e): e is AttemptEvent => e.kind === 'attempt' && e.gateId === DOD);

  it("answers the team lead's two questions: which check blocks most, and how long items wait at Done", async () => {
    const data = ok(await getInsights(deps(await seeded()).d, { payload: {}, context }));
    expect(data.gateId).toBe(DOD);
    expect(data.gates.map((g) => g.id).sort()).toEqual([DOD, 'ready-for-qa']);
    expect(data.period).toMatchObject({ weeks: 13, until: isoWeek(NOW) });
    const period = new Set(data.weeks.map((w) => w.week));
    const inPeriod = attempts.filter((e) => period.has(isoWeek(e.at)));
    const blocked = inPeriod.filter((e) => !e.passed);
    expect(inPeriod.length).toBeGreaterThan(100);
    expect([data.attempts, data.blocked]).toEqual([inPeriod.length, blocked.length]);
    // Which check blocks most: counted again from the events.
    const byCriterion = new Map<string, number>();
    for (const e of blocked) for (const id of e.failing) byCriterion.set(id, (byCriterion.get(id) ?? 0) + 1);
    const top = [...byCriterion].sort((a, b) => b[1] - a[1])[0]!;
    expect([data.criteria[0]!.criterionId, data.criteria[0]!.blocked]).toEqual(top);
    expect(data.criteria[0]!.label).toBe(seedDefinitionOfDone().criteria.find((c) => c.id === top[0])!.label);
    expect(data.criteria[0]!.jql).toBe(`project = "ABC" AND shipshapeFailingChecks = "${DOD}/${top[0]}"`);
    // How long items wait: first blocked attempt → pass, per item, exact percentiles within the histogram's 10%.
    const waits: number[] = [];
    const since = new Map<string, number>();
    for (const e of attempts) {
      if (!e.passed && !since.has(e.itemId)) since.set(e.itemId, e.at);
      if (e.passed && since.has(e.itemId)) {
        if (period.has(isoWeek(e.at))) waits.push(e.at - since.get(e.itemId)!);
        since.delete(e.itemId);
      }
    }
    expect(data.timeBlocked.items).toBe(waits.length);
    for (const [p, got] of [
      [50, data.timeBlocked.p50],
      [85, data.timeBlocked.p85],
      [95, data.timeBlocked.p95],
    ] as const) {
      expect(Math.abs(got! - exact(waits, p)) / exact(waits, p)).toBeLessThanOrEqual(0.1);
    }
    expect(data.timeBlocked.bins.reduce((sum, b) => sum + b.count, 0)).toBe(waits.length);
    // Per week, counted again.
    for (const row of data.weeks) {
      const inWeek = attempts.filter((e) => isoWeek(e.at) === row.week);
      expect([row.week, row.attempts, row.blocked]).toEqual([row.week, inWeek.length, inWeek.filter((e) => !e.passed).length]);
    }
    // Blocked now: the two items still blocked, longest waiting first.
    expect(data.blockedNow.items.map((i) => i.key)).toEqual(['ABC-3', 'ABC-5']);
    expect(data.blockedNow.items[0]!.waited).toBe(NOW - [...since].find(([id]) => id === '10003')![1]);
    expect(data.blockedNow.hidden).toBe(0);
  });

  it('never shows an item the viewer cannot browse; it only counts it', async () => {
    const data = ok(await getInsights(deps(await seeded(), { visible: ['ABC-3'] }).d, { payload: {}, context }));
    expect(data.blockedNow.items.map((i) => i.key)).toEqual(['ABC-3']);
    expect(data.blockedNow.hidden).toBe(1);
    expect(JSON.stringify(data)).not.toContain('ABC-5');
  });

  it('refuses people who may not browse the project, before showing any figure', async () => {
    const answer = await getInsights(deps(await seeded(), { browse: false }).d, { payload: {}, context });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You need the Browse Projects permission on project ABC to see its Shipshape insights.' },
    });
  });

  it('takes the project from the page only, and names a gate or period it does not know', async () => {
    const store = await seeded();
    expect(await getInsights(deps(store).d, { payload: { gateId: 'nope' }, context })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await getInsights(deps(store).d, { payload: { weeks: 7 }, context })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'weeks' }] },
    });
    expect(await getInsights(deps(store).d, { payload: { projectId: '10001' }, context })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await getInsights(deps(store).d, { payload: {}, context: { accountId: 'viewer-1' } })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const qa = ok(await getInsights(deps(store).d, { payload: { gateId: 'ready-for-qa', weeks: 4 }, context }));
    expect(qa.weeks).toHaveLength(4);
    expect(qa.blockedNow.items).toEqual([]);
  });

  it('says so when the project has no figures yet', async () => {
    const data = ok(await getInsights(deps(memoryStore(seedAppStorage())).d, { payload: {}, context }));
    expect(data.gates).toEqual([]);
    expect(data.attempts).toBe(0);
  });
});

describe('the dashboard gadget', () => {
  const gadget = { accountId: 'viewer-1', extension: { type: 'jira:dashboardGadget', gadgetConfiguration: {}, dashboard: { id: '1' }, gadget: { id: '2' } } };
  const project = { id: '10000', key: 'ABC' };

  it('shows the project its settings name, to people who may browse it', async () => {
    const store = await seeded();
    const data = ok(await getInsights(deps(store).d, { payload: { project, gateId: DOD }, context: gadget }));
    const page = ok(await getInsights(deps(store).d, { payload: {}, context }));
    expect([data.attempts, data.blocked, data.criteria[0]]).toEqual([page.attempts, page.blocked, page.criteria[0]]);
    expect(await getInsights(deps(store, { browse: false }).d, { payload: { project }, context: gadget })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await getInsights(deps(store).d, { payload: {}, context: gadget })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it("lists the project's gates for its settings without reading a period of figures or asking Jira about blocked items", async () => {
    const store = await seeded();
    const page = ok(await getInsights(deps(store).d, { payload: {}, context }));
    const { d, asUser } = deps(store);
    const reads: string[] = [];
    const watched = {
      ...d,
      store: {
        ...store,
        get: (key: string) => (reads.push(key), store.get(key)),
        getMany: (keys: readonly string[]) => (reads.push(...keys), store.getMany!(keys)),
      },
    };
    expect(await getInsightGates(watched, { payload: { project }, context: gadget })).toEqual({ ok: true, data: { gates: page.gates, gateId: page.gateId } });
    expect(reads.filter((key) => key.startsWith('insights:week:') || key.startsWith('insights:blocked:'))).toEqual([]);
    expect(asUser.requests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
    expect(await getInsightGates(deps(store, { browse: false }).d, { payload: { project }, context: gadget })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('never lets the project page show another project than its own', async () => {
    const answer = await getInsights(deps(await seeded()).d, { payload: { project: { id: '10001', key: 'MOB' } }, context });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', problems: [{ path: 'project' }] } });
  });

  it('finds projects for its settings as the person setting it up, only those Jira lists for them', async () => {
    const asUser = recordingJira((request) =>
      request.path === '/rest/api/3/project/search'
        ? jiraResponse(200, { values: [{ id: '10000', key: 'ABC', name: 'Checkout' }], total: 1, isLast: true, startAt: 0, maxResults: 20 })
        : jiraResponse(404, {}),
    );
    const d: IssueResolverDeps = {
      jiraAsApp: asUser,
      jiraAsUser: asUser,
      store: memoryStore(),
      clock: fakeClock(NOW),
      retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 },
    };
    expect(await searchGadgetProjects(d, { payload: { query: ' check ' }, context: gadget })).toEqual({
      ok: true,
      data: { projects: [{ id: '10000', key: 'ABC', name: 'Checkout' }] },
    });
    expect(asUser.requests[0]).toMatchObject({
      method: 'GET',
      path: '/rest/api/3/project/search',
      query: { query: 'check', maxResults: '20', action: 'browse' },
    });
  });
});
