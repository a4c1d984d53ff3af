import fc from 'fast-check';
import { applyEvent, type InsightDocs } from './apply-event';
import type { AttemptEvent, GateEvent } from './gate-event';
import { gateEventSchema } from './gate-event';
import { MAX_LISTED_BLOCKED } from './insight-docs';
import { isoWeek, weeksBetween, weekStart } from './iso-week';
import { periodFigures } from './period-figures';
import { bucketOf, percentile, withDuration, type Histogram } from './time-histogram';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 30, 9); // Monday 30 Nov 2026, 2026-W49

let n = 0;
const attempt = (itemId: string, at: number, passed: boolean, failing: string[] = [], waived: string[] = []): AttemptEvent => ({
  kind: 'attempt',
  id: `event-${(n += 1)}`,
  at,
  projectId: '10000',
  itemId,
  itemKey: `ABC-${itemId}`,
  gateId: 'definition-of-done',
  passed,
  failing,
  waived,
});

/** Applies events one by one to one item's docs and a shared week and list, as the store would keep them. */
function run(events: GateEvent[]) {
  const items = new Map<string, InsightDocs['item']>();
  let week: InsightDocs['week'];
  let blockedNow: InsightDocs['blockedNow'];
  let duplicates = 0;
  for (const event of events) {
    const applied = applyEvent({ item: items.get(event.itemId), week, blockedNow }, event);
    if (applied.duplicate) {
      duplicates += 1;
      continue;
    }
    items.set(event.itemId, applied.item);
    week = applied.week ?? week;
    blockedNow = applied.blockedNow ?? blockedNow;
  }
  return { items, week, blockedNow, duplicates };
}

describe('ISO weeks', () => {
  it('names the week of an instant as ISO 8601 does, in UTC', () => {
    expect(isoWeek(Date.UTC(2026, 11, 3, 18))).toBe('2026-W49');
    expect(isoWeek(Date.UTC(2025, 11, 29))).toBe('2026-W01');
    expect(isoWeek(Date.UTC(2021, 0, 3, 23, 59))).toBe('2020-W53');
    expect(isoWeek(Date.UTC(2026, 11, 6, 23, 59, 59))).toBe('2026-W49');
    expect(isoWeek(Date.UTC(2026, 11, 7))).toBe('2026-W50');
  });

  it('starts each week on Monday 00:00 UTC, and lists the weeks of a period', () => {
    expect(new Date(weekStart('2026-W49')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(new Date(weekStart('2026-W01')).toISOString()).toBe('2025-12-29T00:00:00.000Z');
    expect(weeksBetween(Date.UTC(2026, 11, 31), Date.UTC(2027, 0, 12))).toEqual(['2026-W53', '2027-W01', '2027-W02']);
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (at) => isoWeek(weekStart(isoWeek(at))) === isoWeek(at)));
  });
});

describe('the time-blocked histogram', () => {
  it('reads every percentile within 10% of the exact one, however many items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 60_000, max: 200 * DAY }), { minLength: 1, maxLength: 300 }), fc.constantFrom(50, 85, 95), (durations, p) => {
        const histogram = durations.reduce<Histogram>((h, d) => withDuration(h, d), []);
        const sorted = [...durations].sort((a, b) => a - b);
        const exact = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
        const estimate = percentile(histogram, p)!;
        return Math.abs(estimate - exact) / exact <= 0.1;
      }),
    );
  });

  it('keeps under 170 buckets whatever it holds', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(100 * 365 * DAY)).toBe(160);
    expect(percentile([], 50)).toBeUndefined();
  });
});

describe('applying gate events', () => {
  it('counts attempts, blocks, the criteria that blocked, and the time from the first blocked attempt to the pass', () => {
    const { week, blockedNow, items } = run([
      attempt('1', T0, false, ['release-notes', 'telemetry']),
      attempt('1', T0 + HOUR, false, ['telemetry']),
      attempt('2', T0 + 2 * HOUR, false, ['telemetry']),
      attempt('1', T0 + 26 * HOUR, true),
      attempt('3', T0 + 27 * HOUR, true, [], ['telemetry']),
    ]);
    expect(week).toMatchObject({ attempts: 5, blocked: 3, itemsBlocked: 2, itemsPassed: 2, passesWithWaiver: 1 });
    expect(new Map(week!.blockedBy)).toEqual(
      new Map([
        ['release-notes', 1],
        ['telemetry', 3],
      ]),
    );
    expect(percentile(week!.timeBlocked, 50)! / (26 * HOUR)).toBeCloseTo(1, 1);
    expect(blockedNow).toEqual({ items: [['2', 'ABC-2', T0 + 2 * HOUR]], more: 0 });
    expect(items.get('1')!.gates[0]!.blockedSince).toBeUndefined();
  });

  it('counts an event delivered twice once', () => {
    const first = attempt('1', T0, false, ['telemetry']);
    const { week, duplicates } = run([first, attempt('1', T0 + HOUR, true), first]);
    expect(duplicates).toBe(1);
    expect(week).toMatchObject({ attempts: 2, blocked: 1 });
  });

  it('counts the same whatever order the events arrive in', () => {
    const events = [
      attempt('1', T0, false, ['a']),
      attempt('1', T0 + HOUR, false, ['a', 'b']),
      attempt('2', T0 + 2 * HOUR, false, ['b']),
      attempt('2', T0 + 3 * HOUR, true),
      attempt('3', T0 + 4 * HOUR, true),
      attempt('1', T0 + 5 * HOUR, true),
    ];
    const expected = run(events).week!;
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        const { week } = run(shuffled);
        const sorted = (c: Array<[string, number]>) => [...c].sort((x, y) => x[0].localeCompare(y[0]));
        return (
          week!.attempts === expected.attempts &&
          week!.blocked === expected.blocked &&
          week!.itemsBlocked === expected.itemsBlocked &&
          week!.itemsPassed === expected.itemsPassed &&
          JSON.stringify(sorted(week!.blockedBy)) === JSON.stringify(sorted(expected.blockedBy))
        );
      }),
    );
  });

  it('lists the first 2,000 items blocked now and counts the rest, and a pass takes an item off either', () => {
    const events = Array.from({ length: MAX_LISTED_BLOCKED + 5 }, (_, i) => attempt(String(i + 1), T0 + i, false, ['a']));
    const { blockedNow } = run([...events, attempt('1', T0 + DAY, true), attempt(String(MAX_LISTED_BLOCKED + 3), T0 + DAY, true)]);
    expect(blockedNow!.items).toHaveLength(MAX_LISTED_BLOCKED - 1);
    expect(blockedNow!.more).toBe(4);
  });

  it('counts waivers per criterion in the week they were recorded', () => {
    const waived = (criterionId: string, kind: 'waived' | 'waiver-revoked' = 'waived'): GateEvent => ({
      kind,
      id: `w-${(n += 1)}`,
      at: T0,
      projectId: '10000',
      itemId: '7',
      itemKey: 'ABC-7',
      gateId: 'definition-of-done',
      criterionId,
    });
    const { week } = run([waived('telemetry'), waived('telemetry'), waived('copy'), waived('copy', 'waiver-revoked')]);
    expect(new Map(week!.waivers)).toEqual(
      new Map([
        ['telemetry', 2],
        ['copy', 1],
      ]),
    );
  });

  it('accepts only well-formed events', () => {
    expect(gateEventSchema.safeParse(attempt('1', T0, true)).success).toBe(true);
    expect(gateEventSchema.safeParse({ ...attempt('1', T0, true), itemKey: 'abc-1' }).success).toBe(false);
    expect(gateEventSchema.safeParse({ ...attempt('1', T0, true), failing: ['__proto__'] }).success).toBe(false);
    expect(gateEventSchema.safeParse({ ...attempt('1', T0, true), extra: 1 }).success).toBe(false);
  });
});

describe('a period of figures', () => {
  it('totals the weeks, ranks the criteria that block most, and lists what is blocked now longest first', () => {
    const first = run([attempt('1', T0, false, ['a', 'b']), attempt('2', T0, false, ['a']), attempt('1', T0 + 2 * DAY, true, [], ['b'])]).week!;
    const figures = periodFigures(
      [{ week: '2026-W48' }, { week: '2026-W49', figures: first }],
      {
        items: [
          ['9', 'ABC-9', T0],
          ['8', 'ABC-8', T0 - DAY],
        ],
        more: 3,
      },
      T0 + DAY,
    );
    expect(figures.weeks.map((w) => [w.week, w.attempts, w.blocked])).toEqual([
      ['2026-W48', 0, 0],
      ['2026-W49', 3, 2],
    ]);
    expect(figures.criteria.map((c) => [c.criterionId, c.blocked, c.share])).toEqual([
      ['a', 2, 1],
      ['b', 1, 0.5],
    ]);
    expect(figures.waiverRate).toBe(1);
    expect(figures.timeBlocked.items).toBe(1);
    expect(figures.blockedNow.items.map((i) => [i.itemKey, i.waited])).toEqual([
      ['ABC-8', 2 * DAY],
      ['ABC-9', DAY],
    ]);
    expect(figures.blockedNow.more).toBe(3);
  });
});
