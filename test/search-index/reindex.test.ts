/**
 * Issue 16, item 9: when a project's gate set changes, its items' search summaries follow,
 * through the queue in resumable batches: one search call per 50 items, a property write only
 * where a summary changed, and a newer change replacing an older re-index.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import { localQueue, type LocalQueue } from '../../src/adapters/local-queue';
import { readSearchSummary } from '../../src/domain/summary/search-summary';
import type { Gate } from '../../src/domain/gates/gate-schema';
import { projectGatesKey } from '../../src/gates/project-keys';
import type { JiraRequest } from '../../src/ports/jira-client';
import { reindexBatch, REINDEX_PAGE } from '../../src/search-index/reindex-batch';
import { reindexJobKey, type ReindexEvent } from '../../src/search-index/reindex-job';
import { startReindex } from '../../src/search-index/start-reindex';
import { configSite, dataOf } from '../config/support/config-site';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';

const PROJECT = { id: '10000', key: 'ABC' };
const DOD: Gate = { id: 'definition-of-done', name: 'Definition of Done', criteria: [{ id: 'fix-version', kind: 'field-set', field: 'fixVersions' }] };

/** A project of `count` Stories, every third with a fix version, searched as Jira's enhanced search pages them. */
function project(count: number) {
  const properties = new Map<string, unknown>();
  const jira = recordingJira((request: JiraRequest) => {
    const put = /^\/rest\/api\/3\/issue\/(\d+)\/properties\/shipshape$/.exec(request.path);
    if (put && request.method === 'PUT') return (properties.set(put[1]!, request.body), jiraResponse(200));
    if (request.path !== '/rest/api/3/search/jql') return jiraResponse(404, { errorMessages: ['Not here'] });
    const start = Number(request.query?.['nextPageToken'] ?? 0);
    const size = Number(request.query?.['maxResults']);
    const issues = Array.from({ length: Math.max(0, Math.min(size, count - start)) }, (_, i) => {
      const n = start + i + 1;
      const id = String(20000 + n);
      const stored = properties.get(id);
      return {
        id,
        key: `ABC-${n}`,
        fields: { project: PROJECT, issuetype: { id: '10001', name: 'Story', subtask: false }, fixVersions: n % 3 === 0 ? [{ id: '1', name: '2026.12' }] : [] },
        ...(stored ? { properties: { shipshape: stored } } : {}),
      };
    });
    return jiraResponse(200, { issues, ...(start + size < count ? { nextPageToken: String(start + size) } : {}), isLast: start + size >= count });
  });
  const store = memoryStore({ [projectGatesKey(PROJECT.id)]: { format: 'shipshape.gates/v1', gates: [DOD] } });
  return { jira, store, properties };
}

/** The re-index's queue, consumed in process; `tick` advances the clock per item (a deadline mid-page). */
function reindexQueue(p: ReturnType<typeof project>, tick = 0) {
  const clock = fakeClock();
  const queue: LocalQueue<ReindexEvent> = localQueue<ReindexEvent>(
    (body) => {
      const deadline = clock.now() + 20_000;
      const now = () => (clock.advance(tick), clock.now());
      return reindexBatch(
        body,
        {
          jira: { client: p.jira, clock, retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 } },
          store: p.store,
          send: (e) => queue.send(e),
        },
        now,
        deadline,
      );
    },
    { maxRetries: 0 },
  );
  return { queue, clock };
}

const searches = (p: ReturnType<typeof project>) => p.jira.requests.filter((r) => r.path === '/rest/api/3/search/jql').length;

describe('re-indexing a project after its gates changed', () => {
  it('brings 5,000 items in step with one search per 50 and a write per changed summary, never a Get issue', async () => {
    const p = project(5000);
    const { queue, clock } = reindexQueue(p);
    await startReindex(p.store, queue.send, PROJECT, clock.now());
    await queue.idle();
    expect(await p.store.get(reindexJobKey(PROJECT.id))).toMatchObject({ state: 'done', checked: 5000, written: 5000 });
    expect(searches(p)).toBe(5000 / REINDEX_PAGE);
    expect(p.jira.requests.filter((r) => r.method === 'PUT')).toHaveLength(5000);
    expect(p.jira.requests.filter((r) => r.path.startsWith('/rest/api/3/issue/') && r.method === 'GET')).toHaveLength(0);
    expect(readSearchSummary(p.properties.get('20003'))?.passingGates).toEqual(['definition-of-done']);
    expect(readSearchSummary(p.properties.get('20004'))?.failingChecks).toEqual(['definition-of-done/fix-version']);
    // Run again with nothing changed: the searches only, no write.
    const again = reindexQueue(p);
    const before = p.jira.requests.length;
    await startReindex(p.store, again.queue.send, PROJECT, clock.now());
    await again.queue.idle();
    expect(p.jira.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
    expect(await p.store.get(reindexJobKey(PROJECT.id))).toMatchObject({ state: 'done', checked: 5000, written: 0 });
  }, 60_000);

  it('resumes where a batch stopped at its deadline, checking every item once', async () => {
    const p = project(230);
    const { queue, clock } = reindexQueue(p, 900); // 20 s allow about 22 items a batch
    await startReindex(p.store, queue.send, PROJECT, clock.now());
    await queue.idle();
    expect(await p.store.get(reindexJobKey(PROJECT.id))).toMatchObject({ state: 'done', checked: 230, written: 230 });
    expect(queue.outcomes.filter((o) => o === 'continued').length).toBeGreaterThan(8);
    expect(new Set(p.jira.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).size).toBe(230);
    expect(p.jira.requests.filter((r) => r.method === 'PUT')).toHaveLength(230);
  });

  it('stops an older re-index when a newer gate change starts another', async () => {
    const p = project(300);
    const { queue, clock } = reindexQueue(p);
    const first = await startReindex(p.store, queue.send, PROJECT, clock.now());
    const second = await startReindex(p.store, queue.send, PROJECT, clock.now());
    await queue.idle();
    expect(first.jobId).not.toBe(second.jobId);
    expect(queue.outcomes).toContain('superseded');
    expect(await p.store.get(reindexJobKey(PROJECT.id))).toMatchObject({ jobId: second.jobId, state: 'done', checked: 300 });
  });

  it('marks the job failed, saying why, when Jira refuses the search', async () => {
    const p = project(10);
    const refused = recordingJira(() => jiraResponse(403, { errorMessages: ['No'] }));
    const clock = fakeClock();
    const sent: ReindexEvent[] = [];
    const job = await startReindex(p.store, async (e) => void sent.push(e), PROJECT, clock.now());
    expect(
      await reindexBatch(
        sent[0],
        {
          jira: { client: refused, clock, retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 } },
          store: p.store,
          send: async () => undefined,
        },
        clock.now,
        clock.now() + 20_000,
      ),
    ).toBe('failed');
    expect(await p.store.get(reindexJobKey(PROJECT.id))).toMatchObject({ jobId: job.jobId, state: 'failed', problem: expect.stringContaining('403') });
  });

  it('starts when a project admin saves the gates, and the settings page says while it runs', async () => {
    const sent: ReindexEvent[] = [];
    const site = configSite({}, undefined, { sendReindex: async (e) => void sent.push(e) });
    const saved = dataOf<{ reindex?: { state: string } }>(await site.call('saveGates', 'alex', { revision: 0, gates: [DOD] }));
    expect(saved.reindex).toMatchObject({ state: 'running', checked: 0 });
    expect(sent).toEqual([{ projectId: '10000', jobId: expect.any(String) }]);
    expect(dataOf<{ reindex?: unknown }>(await site.call('getConfig', 'alex')).reindex).toMatchObject({ state: 'running' });
    // Saving the same gates changes nothing: no new re-index.
    await site.call('saveGates', 'alex', { revision: 1, gates: [DOD] });
    expect(sent).toHaveLength(1);
  });
});
