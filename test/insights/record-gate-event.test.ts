/** Counting gate events in storage: no lost counts under concurrent writers, redelivery counted once, the log bounded. */
import { memoryStore } from '../../src/adapters/memory-store';
import { localQueue } from '../../src/adapters/local-queue';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import type { AttemptEvent, GateEvent } from '../../src/domain/insights/gate-event';
import { isoWeek } from '../../src/domain/insights/iso-week';
import { LOG_PAGE_BYTES } from '../../src/domain/insights/log-docs';
import { consumeGateEvent } from '../../src/insights/consume-gate-event';
import { recordGateEvent } from '../../src/insights/record-gate-event';
import { blockedNowKey, logHeadKey, logPageKey, PROJECTS_KEY, projectCatalogKey, weekFiguresKey } from '../../src/insights/insight-keys';
import { fakeClock } from '../support/fakes';

const T0 = Date.UTC(2026, 10, 30, 9);
const WEEK = isoWeek(T0);
let n = 0;
const attempt = (itemId: string, at: number, passed: boolean, failing: string[] = []): AttemptEvent => ({
  kind: 'attempt',
  id: `event-${(n += 1)}-${itemId}`,
  at,
  projectId: '10000',
  itemId,
  itemKey: `ABC-${itemId}`,
  gateId: 'dod',
  passed,
  failing,
  waived: [],
});

/** A store whose commits can be refused for a moved version; counts how often that happened. */
function contendedStore() {
  const inner = memoryStore();
  const stats = { conflicts: 0 };
  const store: KeyValueStore = {
    ...inner,
    commit: async (writes) => {
      await new Promise((resolve) => setImmediate(resolve));
      const outcome = await inner.commit(writes);
      if (outcome === 'conflict') stats.conflicts += 1;
      return outcome;
    },
  };
  return { store, inner, stats };
}

describe('recording gate events', () => {
  it('loses no count when 200 events for 40 items arrive eight at a time, and counts a redelivered event once', async () => {
    const { store, inner, stats } = contendedStore();
    const clock = fakeClock(T0 + 3_600_000);
    const queue = localQueue<GateEvent>((body) => consumeGateEvent(body, { store, clock }), { redeliver: true, parallel: 8 });
    const events = Array.from({ length: 200 }, (_, i) => attempt(String(1 + (i % 40)), T0 + i, i >= 160, i < 160 ? ['telemetry'] : []));
    await Promise.all(events.map((e) => queue.send(e)));
    await queue.idle();
    expect(stats.conflicts).toBeGreaterThan(0);
    expect(queue.outcomes.filter((o) => o === 'recorded')).toHaveLength(200);
    expect(queue.outcomes.filter((o) => o === 'duplicate')).toHaveLength(200);
    const figures = inner.snapshot()[weekFiguresKey('10000', 'dod', WEEK)] as Record<string, unknown>;
    expect(figures).toMatchObject({ attempts: 200, blocked: 160, itemsBlocked: 40, itemsPassed: 40, blockedBy: [['telemetry', 160]] });
    expect(inner.snapshot()[blockedNowKey('10000', 'dod')]).toEqual({ items: [], more: 0 });
    expect(inner.snapshot()[logHeadKey('10000', WEEK)]).toEqual({ pages: 1, events: 200 });
    expect((inner.snapshot()[logPageKey('10000', WEEK, 0)] as { events: unknown[] }).events).toHaveLength(200);
    expect(inner.snapshot()[projectCatalogKey('10000')]).toEqual({ weeks: [WEEK], gates: ['dod'] });
    expect(inner.snapshot()[PROJECTS_KEY]).toEqual({ projects: ['10000'] });
  });

  it("reads the site's project list only for a project's first event", async () => {
    const inner = memoryStore();
    const reads: string[] = [];
    const store: KeyValueStore = { ...inner, getVersioned: (key) => (reads.push(key), inner.getVersioned(key)) };
    expect(await recordGateEvent(store, attempt('1', T0, false, ['telemetry']))).toBe('recorded');
    expect(reads.filter((k) => k === PROJECTS_KEY)).toHaveLength(1);
    expect(await inner.get(PROJECTS_KEY)).toEqual({ projects: ['10000'] });
    reads.length = 0;
    for (let i = 2; i <= 5; i += 1) expect(await recordGateEvent(store, attempt(String(i), T0 + i, true))).toBe('recorded');
    expect(reads.filter((k) => k === PROJECTS_KEY)).toHaveLength(0);
    expect(await inner.get(weekFiguresKey('10000', 'dod', WEEK))).toMatchObject({ attempts: 5 });
  });

  it('keeps the event log in pages of at most 100 KB, every event on one of them', async () => {
    const store = memoryStore();
    const failing = Array.from({ length: 40 }, (_, i) => `criterion-with-a-longish-id-${i}`);
    for (let i = 0; i < 120; i += 1) expect(await recordGateEvent(store, attempt(String(i), T0 + i, false, failing))).toBe('recorded');
    const head = store.snapshot()[logHeadKey('10000', WEEK)] as { pages: number; events: number };
    expect(head.events).toBe(120);
    expect(head.pages).toBeGreaterThan(1);
    let total = 0;
    for (let page = 0; page < head.pages; page += 1) {
      const value = store.snapshot()[logPageKey('10000', WEEK, page)] as { events: unknown[] };
      expect(new TextEncoder().encode(JSON.stringify(value)).byteLength).toBeLessThanOrEqual(LOG_PAGE_BYTES);
      total += value.events.length;
    }
    expect(total).toBe(120);
  });

  it('refuses a body that is not a gate event, and drops one older than the retention period', async () => {
    const store = memoryStore();
    const clock = fakeClock(T0);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await consumeGateEvent({ kind: 'attempt', id: 'x' }, { store, clock })).toBe('refused');
    expect(await consumeGateEvent(attempt('1', T0 - 400 * 86_400_000, false, ['a']), { store, clock })).toBe('expired');
    expect(await consumeGateEvent({ ...attempt('1', T0, false, ['a']), failing: ['constructor', '__proto__'] }, { store, clock })).toBe('refused');
    expect(store.snapshot()).toEqual({});
    error.mockRestore();
  });

  it('starts a damaged figures value afresh instead of stopping every later event', async () => {
    const store = memoryStore({ [weekFiguresKey('10000', 'dod', WEEK)]: { attempts: 'many' } });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await recordGateEvent(store, attempt('1', T0, false, ['a']))).toBe('recorded');
    expect(store.snapshot()[weekFiguresKey('10000', 'dod', WEEK)]).toMatchObject({ attempts: 1, blocked: 1 });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('started afresh'), expect.anything());
    error.mockRestore();
  });
});
