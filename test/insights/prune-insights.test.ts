/** Retention: figures, event log and blocked-now entries older than the retention period go; the rest stays. */
import { memoryStore } from '../../src/adapters/memory-store';
import type { AttemptEvent } from '../../src/domain/insights/gate-event';
import { isoWeek } from '../../src/domain/insights/iso-week';
import { blockedNowKey, itemInsightKey, logHeadKey, logPageKey, projectCatalogKey, weekFiguresKey } from '../../src/insights/insight-keys';
import { pruneInsights } from '../../src/insights/prune-insights';
import { recordGateEvent } from '../../src/insights/record-gate-event';
import { INSIGHT_SETTINGS_KEY } from '../../src/insights/retention';
import { fakeClock } from '../support/fakes';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const OLD = NOW - 420 * DAY; // 14 months ago
const RECENT = NOW - 20 * DAY;
let n = 0;
const blocked = (itemId: string, at: number): AttemptEvent => ({
  kind: 'attempt',
  id: `prune-${(n += 1)}-x`,
  at,
  projectId: '10000',
  itemId,
  itemKey: `ABC-${itemId}`,
  gateId: 'dod',
  passed: false,
  failing: ['copy'],
  waived: [],
});

async function seeded() {
  const store = memoryStore();
  await recordGateEvent(store, blocked('1', OLD));
  await recordGateEvent(store, blocked('2', RECENT));
  return store;
}

describe('pruneInsights', () => {
  it('removes the weeks older than 13 months with their event log, and blocked-now entries from before then', async () => {
    const store = await seeded();
    const pruned = await pruneInsights(store, fakeClock(NOW), NOW + 20_000);
    expect(pruned).toEqual({ weeks: 1, done: true });
    const kept = store.snapshot();
    expect(kept[weekFiguresKey('10000', 'dod', isoWeek(OLD))]).toBeUndefined();
    expect(kept[logHeadKey('10000', isoWeek(OLD))]).toBeUndefined();
    expect(kept[logPageKey('10000', isoWeek(OLD), 0)]).toBeUndefined();
    expect(kept[weekFiguresKey('10000', 'dod', isoWeek(RECENT))]).toMatchObject({ attempts: 1 });
    expect(kept[projectCatalogKey('10000')]).toEqual({ weeks: [isoWeek(RECENT)], gates: ['dod'] });
    expect(kept[blockedNowKey('10000', 'dod')]).toEqual({ items: [['2', 'ABC-2', RECENT]], more: 0 });
  });

  it('removes the insight state of items whose every event is past retention, and keeps the others', async () => {
    const store = await seeded();
    // Item 3 was blocked long ago and passed recently: its wait is still in the figures.
    await recordGateEvent(store, blocked('3', OLD));
    await recordGateEvent(store, { ...blocked('3', RECENT), passed: true, failing: [] });
    expect(await pruneInsights(store, fakeClock(NOW), NOW + 20_000)).toEqual({ weeks: 1, done: true });
    const kept = store.snapshot();
    expect(kept[itemInsightKey('1')]).toBeUndefined();
    expect(kept[itemInsightKey('2')]).toMatchObject({ gates: [{ blockedSince: RECENT }] });
    expect(kept[itemInsightKey('3')]).toMatchObject({ gates: [{ lastPassedAt: RECENT }] });
  });

  it("keeps what a site admin's longer retention period covers", async () => {
    const store = await seeded();
    await store.set(INSIGHT_SETTINGS_KEY, { retentionMonths: 24 });
    expect(await pruneInsights(store, fakeClock(NOW), NOW + 20_000)).toEqual({ weeks: 0, done: true });
    expect(store.snapshot()[weekFiguresKey('10000', 'dod', isoWeek(OLD))]).toMatchObject({ attempts: 1 });
  });

  it('stops at its deadline with nothing half-removed, and the next run finishes', async () => {
    const store = await seeded();
    const before = store.snapshot();
    expect(await pruneInsights(store, fakeClock(NOW), NOW)).toEqual({ weeks: 0, done: false });
    expect(store.snapshot()).toEqual(before);
    expect(await pruneInsights(store, fakeClock(NOW), NOW + 20_000)).toEqual({ weeks: 1, done: true });
  });
});

describe('the retention period on the Jira admin page', () => {
  it('is set by a Jira admin only, shown with the site templates, and used by the next retention run', async () => {
    const { configSite, dataOf } = await import('../config/support/config-site');
    const site = configSite();
    expect(dataOf<{ retentionMonths?: number }>(await site.call('getSiteTemplates', 'alex')).retentionMonths).toBe(13);
    expect(await site.call('saveInsightRetention', 'alex', { retentionMonths: 24 })).toEqual({ ok: true, data: { retentionMonths: 24 } });
    expect(await site.store.get(INSIGHT_SETTINGS_KEY)).toEqual({ retentionMonths: 24 });
    expect(await site.call('saveInsightRetention', 'alex', { retentionMonths: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const others = Object.keys((await import('../config/support/config-site')).CONFIG_CAST).filter((who) => who !== 'alex');
    for (const who of others)
      expect(await site.call('saveInsightRetention', who as 'alex', { retentionMonths: 3 })).toMatchObject({
        ok: false,
        error: { code: expect.stringMatching(/FORBIDDEN|JIRA/) },
      });
    expect(await site.store.get(INSIGHT_SETTINGS_KEY)).toEqual({ retentionMonths: 24 });
  });
});
