/**
 * Export: the weekly figures and the events of a period as CSV, in parts within Forge's answer
 * limit, leaving out items the viewer may not browse; and the command line's `insights`, which
 * works the page's figures out again from an events export.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryStore } from '../../src/adapters/memory-store';
import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { runCli } from '../../src/cli/run-cli';
import { parseCsv } from '../../src/domain/insights/csv';
import { EVENT_COLUMNS, eventCsvLine, eventOfRow } from '../../src/domain/insights/events-csv';
import { isoWeek } from '../../src/domain/insights/iso-week';
import { WEEK_COLUMNS } from '../../src/domain/insights/weeks-csv';
import { exportInsights, type ExportPart } from '../../src/insights-page/export-insights';
import { getInsights } from '../../src/insights-page/get-insights';
import type { InsightsData } from '../../src/insights-page/insights-data';
import type { Envelope } from '../../src/resolvers/envelope';
import type { IssueResolverDeps } from '../../src/resolvers/resolver-deps';
import { seedAppStorage } from '../../sandbox/standin/seed';
import { insightsSeedEvents, seedInsightsStorage } from '../../sandbox/standin/seed-insights';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';
import fc from 'fast-check';
import { csvLine } from '../../src/domain/insights/csv';

const NOW = Date.UTC(2026, 11, 3, 15);
const context = { accountId: 'viewer-1', extension: { project: { id: '10000', key: 'ABC', type: 'software' } } };

function deps(store: ReturnType<typeof memoryStore>, hidden: string[] = []): IssueResolverDeps & { calls: () => number } {
  const jira = recordingJira((request) => {
    if (request.path === '/rest/api/3/mypermissions') return jiraResponse(200, { permissions: { BROWSE_PROJECTS: { havePermission: true } } });
    const ids = (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.filter((id) => !hidden.includes(id));
    return jiraResponse(200, { issues: ids.map((id) => ({ id, key: `ABC-${id}`, fields: { summary: 'x', status: { name: 'Open' } } })) });
  });
  return {
    jiraAsApp: jira,
    jiraAsUser: jira,
    store,
    clock: fakeClock(NOW),
    retry: { attempts: 1, budgetMs: 5000, attemptTimeoutMs: 5000, backoffMs: 0 },
    calls: () => jira.requests.length,
  };
}

const ok = <T>(answer: Envelope<T>): T => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};

/** Every part of an events export, asked for one after another as the page does. */
async function exportAllEvents(d: IssueResolverDeps, payload: Record<string, unknown> = {}) {
  const parts: ExportPart[] = [];
  let cursor: ExportPart['next'];
  do {
    const part = ok(await exportInsights(d, { payload: { kind: 'events', ...payload, ...(cursor ? { cursor } : {}) }, context }));
    parts.push(part);
    cursor = part.next;
  } while (cursor);
  return { csv: parts.map((p) => p.csv).join(''), parts, leftOut: parts.reduce((n, p) => n + p.leftOut, 0) };
}

const seeded = async () => memoryStore({ ...seedAppStorage(), ...(await seedInsightsStorage(NOW)) });

describe('CSV', () => {
  it('reads back every field it writes, commas, quotes and line breaks included', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (fields) => {
        const safe = fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `x${f}` : f));
        return JSON.stringify(parseCsv(csvLine(safe))) === JSON.stringify([safe]);
      }),
    );
    expect(csvLine(['=HYPERLINK("x")', '-3', '@me'])).toBe(`"'=HYPERLINK(""x"")",-3,'@me\r\n`);
  });

  it('turns every kind of event into a row and back', () => {
    const events = insightsSeedEvents(NOW).slice(0, 200);
    for (const event of events) {
      const [cells] = parseCsv(eventCsvLine(event));
      expect(eventOfRow(cells!, 2, event.projectId)).toEqual({ ok: true, event });
    }
    expect(eventOfRow(['not a date'], 7, '1')).toMatchObject({ ok: false, line: 7 });
  });
});

describe('exportInsights', () => {
  it('exports the weekly figures of a gate, one row a week of the period', async () => {
    const part = ok(await exportInsights(deps(await seeded()), { payload: { kind: 'weeks', gateId: 'definition-of-done' }, context }));
    const [header, ...rows] = parseCsv(part.csv);
    expect(header).toEqual([...WEEK_COLUMNS]);
    expect(rows).toHaveLength(13);
    expect(part.fileName).toMatch(/^shipshape-ABC-definition-of-done-weeks-\d{4}-W\d{2}-\d{4}-W\d{2}\.csv$/);
    const page = ok((await getInsights(deps(await seeded()), { payload: {}, context })) as Envelope<InsightsData>);
    expect(rows.map((r) => [r[0], Number(r[2]), Number(r[3])])).toEqual(page.weeks.map((w) => [w.week, w.attempts, w.blocked]));
  });

  it('exports every event of the period in parts, header once, leaving out items the viewer may not browse', async () => {
    const store = await seeded();
    const all = await exportAllEvents(deps(store));
    const [header, ...rows] = parseCsv(all.csv);
    expect(header).toEqual([...EVENT_COLUMNS]);
    const period = new Set(rows.map((r) => r[1]));
    const expected = insightsSeedEvents(NOW).filter((e) => period.has(isoWeek(e.at)));
    expect(rows.map((r) => r[15]).sort()).toEqual(expected.map((e) => e.id).sort());
    const hidden = await exportAllEvents(deps(store, ['10003']));
    expect(hidden.leftOut).toBe(expected.filter((e) => e.itemId === '10003').length);
    expect(hidden.csv).not.toContain('ABC-3,');
  });

  it('keeps each part within Forge limits: a few log pages, a few Jira calls', async () => {
    const store = memoryStore(seedAppStorage());
    const events = insightsSeedEvents(NOW);
    const { recordGateEvent } = await import('../../src/insights/record-gate-event');
    // 10 copies of the quarter: about 6,000 events.
    for (let copy = 0; copy < 10; copy += 1)
      for (const e of events) await recordGateEvent(store, { ...e, id: `${e.id}-c${copy}`, itemId: String(Number(e.itemId) + copy * 1000) });
    const d = deps(store);
    const all = await exportAllEvents(d);
    expect(all.parts.length).toBeGreaterThan(1);
    for (const part of all.parts) expect(new TextEncoder().encode(JSON.stringify(part)).byteLength).toBeLessThan(1_000_000);
    expect(d.calls() / all.parts.length).toBeLessThanOrEqual(10);
  }, 60_000);
});

describe('npm run cli -- insights', () => {
  it('prints the figures the page shows, worked out again from the events export', async () => {
    const store = await seeded();
    const { csv } = await exportAllEvents(deps(store));
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-insights-'));
    writeFileSync(join(dir, 'events.csv'), csv);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['insights', '--events', join(dir, 'events.csv'), '--gate', 'definition-of-done'], {
      readFile: (path) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')),
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env: {},
      makeJiraClient: httpJiraClient,
      clock: fakeClock(NOW),
    });
    expect([code, err]).toEqual([0, []]);
    const printed = JSON.parse(out.join('\n'));
    const page = ok(await getInsights(deps(store), { payload: {}, context }));
    expect([printed.attempts, printed.blocked]).toEqual([page.attempts, page.blocked]);
    expect(printed.criteria.map((c: { criterionId: string; blocked: number }) => [c.criterionId, c.blocked])).toEqual(
      page.criteria.map((c) => [c.criterionId, c.blocked]),
    );
    // An item first blocked before the exported weeks is not in the file: its wait is not known there.
    expect(Math.abs(printed.timeBlockedHours.p50 - page.timeBlocked.p50! / 3_600_000) / printed.timeBlockedHours.p50).toBeLessThanOrEqual(0.05);
    expect(printed.blockedNow.map((b: { item: string }) => b.item)).toEqual(['ABC-3', 'ABC-5']);
  });

  it('names the rows that do not read, by line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-insights-'));
    writeFileSync(join(dir, 'bad.csv'), `${EVENT_COLUMNS.join(',')}\r\nnot,a,row\r\n`);
    const err: string[] = [];
    const code = await runCli(['insights', '--events', join(dir, 'bad.csv'), '--gate', 'x'], {
      readFile: (path) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')),
      out: () => undefined,
      err: (t) => err.push(t),
      env: {},
      makeJiraClient: httpJiraClient,
      clock: fakeClock(NOW),
    });
    expect(code).toBe(2);
    expect(err[0]).toContain('1 row(s) do not read as events');
    expect(err[1]).toMatch(/^ {2}line 2: /);
  });
});
