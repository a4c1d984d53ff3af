/**
 * Issue 16, item 9: a change to the site's templates changes the gate set of every project
 * without gates of its own, so their items' search summaries follow it: one project after
 * another, one item search and at most one project listing a batch, projects with their own
 * gates passed over.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import { localQueue, type LocalQueue } from '../../src/adapters/local-queue';
import { readSearchSummary } from '../../src/domain/summary/search-summary';
import type { Gate } from '../../src/domain/gates/gate-schema';
import { SITE_GATES_KEY } from '../../src/gates/gate-library';
import { projectGatesKey } from '../../src/gates/project-keys';
import type { JiraRequest } from '../../src/ports/jira-client';
import { reindexBatch } from '../../src/search-index/reindex-batch';
import type { ReindexEvent } from '../../src/search-index/reindex-job';
import { startSiteReindex } from '../../src/search-index/start-reindex';
import { SITE_REINDEX_KEY } from '../../src/search-index/site-reindex-job';
import { configSite, dataOf } from '../config/support/config-site';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';

const fixVersionGate = (id: string): Gate => ({ id, name: id, criteria: [{ id: 'fix-version', kind: 'field-set', field: 'fixVersions' }] });
const SITE_GATES = { format: 'shipshape.gates/v1', gates: [fixVersionGate('site-done')] };
const OWN_GATES = { format: 'shipshape.gates/v1', gates: [fixVersionGate('own-done')] };

interface FakeProject {
  id: string;
  key: string;
  items: number;
  own?: true;
  refuse?: true;
}

/** A site of projects (listed by key, `pageSize` at a time) whose items Jira's enhanced search pages 50 at a time. */
function site(projects: FakeProject[]) {
  const properties = new Map<string, unknown>();
  const byId = new Map(projects.map((p) => [p.id, p]));
  const jira = recordingJira((request: JiraRequest) => {
    const put = /^\/rest\/api\/3\/issue\/(\d+)\/properties\/shipshape$/.exec(request.path);
    if (put && request.method === 'PUT') return (properties.set(put[1]!, request.body), jiraResponse(200));
    if (request.path === '/rest/api/3/project/search') {
      const startAt = Number(request.query?.['startAt']);
      const max = Number(request.query?.['maxResults']);
      const sorted = [...projects].sort((a, b) => a.key.localeCompare(b.key));
      const values = sorted.slice(startAt, startAt + max).map((p) => ({ id: p.id, key: p.key, name: p.key }));
      return jiraResponse(200, { startAt, maxResults: max, total: sorted.length, isLast: startAt + max >= sorted.length, values });
    }
    if (request.path !== '/rest/api/3/search/jql') return jiraResponse(404, { errorMessages: ['Not here'] });
    const project = byId.get(/^project = (\d+) /.exec(String(request.query?.['jql']))?.[1] ?? '');
    if (!project) return jiraResponse(400, { errorMessages: ['No such project'] });
    if (project.refuse) return jiraResponse(403, { errorMessages: ['The app may not browse this project'] });
    const start = Number(request.query?.['nextPageToken'] ?? 0);
    const size = Number(request.query?.['maxResults']);
    const issues = Array.from({ length: Math.max(0, Math.min(size, project.items - start)) }, (_, i) => {
      const n = start + i + 1;
      const id = `${project.id}${String(n).padStart(5, '0')}`;
      const stored = properties.get(id);
      return {
        id,
        key: `${project.key}-${n}`,
        fields: { project: { id: project.id, key: project.key }, issuetype: { id: '10001', name: 'Story', subtask: false }, fixVersions: [] },
        ...(stored ? { properties: { shipshape: stored } } : {}),
      };
    });
    return jiraResponse(200, { issues, ...(start + size < project.items ? { nextPageToken: String(start + size) } : {}) });
  });
  const store = memoryStore({
    [SITE_GATES_KEY]: SITE_GATES,
    ...Object.fromEntries(projects.filter((p) => p.own).map((p) => [projectGatesKey(p.id), OWN_GATES])),
  });
  const clock = fakeClock();
  const queue: LocalQueue<ReindexEvent> = localQueue<ReindexEvent>(
    (body) =>
      reindexBatch(
        body,
        { jira: { client: jira, clock, retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 } }, store, send: (e) => queue.send(e) },
        clock.now,
        clock.now() + 20_000,
      ),
    { maxRetries: 0 },
  );
  const calls = (path: string) => jira.requests.filter((r) => r.path === path).length;
  return { jira, store, properties, clock, queue, calls };
}

const project = (n: number, items: number, extra: Partial<FakeProject> = {}): FakeProject => ({
  id: String(10000 + n),
  key: `P${String(n).padStart(3, '0')}`,
  items,
  ...extra,
});

describe("re-indexing the projects the site's templates govern", () => {
  it('re-indexes every project without gates of its own, and none of those with their own', async () => {
    const s = site([project(1, 120, { own: true }), project(2, 75), project(3, 3), project(4, 0)]);
    await startSiteReindex(s.store, s.queue.send, s.clock.now());
    await s.queue.idle();
    expect(await s.store.get(SITE_REINDEX_KEY)).toMatchObject({ state: 'done', checked: 78, written: 78, projects: { done: 3, failed: 0 } });
    expect(readSearchSummary(s.properties.get('1000200001'))?.failingGates).toEqual(['site-done']);
    expect([...s.properties.keys()].some((id) => id.startsWith('10001'))).toBe(false);
    // Items: P002 in two pages, P003 and P004 in one each; the project list: once on the way to each project and once to find the end.
    expect(s.calls('/rest/api/3/search/jql')).toBe(4);
    expect(s.calls('/rest/api/3/project/search')).toBe(4);
    expect(s.jira.requests.filter((r) => r.path.startsWith('/rest/api/3/issue/') && r.method === 'GET')).toHaveLength(0);
  });

  it('walks a long project list a page at a time, with one item search and at most one listing a batch', async () => {
    const projects = Array.from({ length: 130 }, (_, i) => project(i + 1, i % 40 === 0 ? 60 : 0, i % 40 === 0 ? {} : { own: true }));
    const s = site(projects);
    await startSiteReindex(s.store, s.queue.send, s.clock.now());
    await s.queue.idle();
    expect(await s.store.get(SITE_REINDEX_KEY)).toMatchObject({ state: 'done', checked: 240, projects: { done: 4, next: 130 } });
    const batches = s.queue.outcomes.length;
    expect(s.calls('/rest/api/3/search/jql')).toBeLessThanOrEqual(batches);
    expect(s.calls('/rest/api/3/project/search')).toBeLessThanOrEqual(batches);
    // 130 projects are 3 pages of 50; each of the 4 governed projects is found with one listing.
    expect(s.calls('/rest/api/3/project/search')).toBeLessThanOrEqual(3 + 4);
  });

  it('counts a project whose items cannot be searched, says why, and goes on with the rest', async () => {
    const s = site([project(1, 5), project(2, 5, { refuse: true }), project(3, 5)]);
    await startSiteReindex(s.store, s.queue.send, s.clock.now());
    await s.queue.idle();
    expect(await s.store.get(SITE_REINDEX_KEY)).toMatchObject({
      state: 'done',
      checked: 10,
      projects: { done: 2, failed: 1 },
      problem: expect.stringMatching(/^P002: .*403/),
    });
  });

  it('stops an older re-index when the templates change again', async () => {
    const s = site([project(1, 200), project(2, 200)]);
    const first = await startSiteReindex(s.store, s.queue.send, s.clock.now());
    const second = await startSiteReindex(s.store, s.queue.send, s.clock.now());
    await s.queue.idle();
    expect(s.queue.outcomes).toContain('superseded');
    expect(first.jobId).not.toBe(second.jobId);
    expect(await s.store.get(SITE_REINDEX_KEY)).toMatchObject({ jobId: second.jobId, state: 'done', checked: 400 });
  });

  it('marks the job failed when Jira refuses the project list', async () => {
    const s = site([project(1, 5)]);
    const refused = recordingJira(() => jiraResponse(401, { errorMessages: ['No'] }));
    const sent: ReindexEvent[] = [];
    await startSiteReindex(s.store, async (e) => void sent.push(e), s.clock.now());
    const deps = {
      jira: { client: refused, clock: s.clock, retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 } },
      store: s.store,
      send: async () => undefined,
    };
    expect(await reindexBatch(sent[0], deps, s.clock.now, s.clock.now() + 20_000)).toBe('failed');
    expect(await s.store.get(SITE_REINDEX_KEY)).toMatchObject({ state: 'failed', problem: expect.stringContaining('401') });
  });

  it('starts when a Jira admin saves the site templates, and the admin page says while it runs', async () => {
    const sent: ReindexEvent[] = [];
    const config = configSite({}, undefined, { sendReindex: async (e) => void sent.push(e) });
    const saved = dataOf<{ site: { reindex?: unknown } }>(await config.call('saveSiteTemplates', 'alex', { revision: 0, gates: SITE_GATES.gates }));
    expect(saved.site.reindex).toMatchObject({ state: 'running', checked: 0, projects: { done: 0, failed: 0 } });
    expect(sent).toEqual([{ site: true, jobId: expect.any(String) }]);
    expect(dataOf<{ site: { reindex?: unknown } }>(await config.call('getSiteTemplates', 'alex')).site.reindex).toMatchObject({ state: 'running' });
    // Saving the same templates changes nothing: no new re-index.
    await config.call('saveSiteTemplates', 'alex', { revision: 1, gates: SITE_GATES.gates });
    expect(sent).toHaveLength(1);
  });
});
