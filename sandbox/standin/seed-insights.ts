/**
 * A quarter of gate history for the demo project, so the insights page has something to show:
 * 70 items that crossed Definition of Done and 50 that crossed Ready for QA (ABC-101 to ABC-220,
 * seed-history-issues.ts) over the 13 weeks
 * before `now`. Some checks block often (analytics, final copy, the fix version), most items
 * pass within hours or days, a few wait for weeks; ABC-3 and ABC-5, which fail Definition of
 * Done in the stand-in today, are blocked at it now. Deterministic: the same `now`, the same events.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import type { AttemptEvent, GateEvent } from '../../src/domain/insights/gate-event';
import { recordGateEvent } from '../../src/insights/record-gate-event';
import { ALEX, EMMA, PRIYA } from './demo-users';
import { PROJECT_ID } from './seed-config';
import { SEED_ISSUES } from './seed-issues';
import { historyItem } from './seed-history-issues';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const QUARTER = 13 * 7 * DAY;

/** Criteria that block, with how often each is the one that fails. */
const BLOCKERS = {
  'definition-of-done': [
    ['analytics-live', 35],
    ['copy-final', 25],
    ['fix-version', 20],
    ['behaviours-verified', 10],
    ['rollout-controls', 6],
    ['description', 4],
  ],
  'ready-for-qa': [
    ['handoff-package', 45],
    ['build-available', 30],
    ['assignee', 15],
    ['subtasks-done', 10],
  ],
} as const;
type GateId = keyof typeof BLOCKERS;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(next: () => number, weights: ReadonlyArray<readonly [string, number]>): string {
  let roll = next() * weights.reduce((sum, [, w]) => sum + w, 0);
  for (const [id, w] of weights) if ((roll -= w) < 0) return id;
  return weights[0]![0];
}

/** How long the next attempt comes after a blocked one: mostly hours, sometimes days, rarely weeks. */
function retryAfter(next: () => number): number {
  const roll = next();
  if (roll < 0.5) return (1 + next() * 6) * HOUR;
  if (roll < 0.85) return (1 + next() * 4) * DAY;
  return (8 + next() * 20) * DAY;
}

const PEOPLE = [EMMA.accountId, PRIYA.accountId, ALEX.accountId];

function itemHistory(next: () => number, gateId: GateId, n: number, now: number, counter: { id: number }): GateEvent[] {
  const events: GateEvent[] = [];
  const { id: itemId, key: itemKey } = historyItem(n);
  const item = { itemId, itemKey };
  const event = (at: number, passed: boolean, failing: string[], waived: string[] = []): AttemptEvent => ({
    kind: 'attempt',
    id: `seed-${gateId}-${(counter.id += 1)}`,
    at: Math.round(at),
    projectId: PROJECT_ID,
    ...item,
    by: PEOPLE[n % PEOPLE.length]!,
    gateId,
    passed,
    failing,
    waived,
  });
  let at = now - QUARTER + next() * (QUARTER - 2 * DAY);
  const blocks = next() < 0.4 ? 0 : next() < 0.55 ? 1 : next() < 0.6 ? 2 : 3;
  for (let b = 0; b < blocks && at < now - 2 * HOUR; b += 1) {
    const first = pick(next, BLOCKERS[gateId]);
    const failing = next() < 0.25 ? [...new Set([first, pick(next, BLOCKERS[gateId])])] : [first];
    events.push(event(at, false, failing));
    at += retryAfter(next);
  }
  at = Math.min(at, now - HOUR);
  const waived = blocks > 0 && next() < 0.12 ? [pick(next, BLOCKERS[gateId])] : [];
  if (waived.length)
    events.push({
      kind: 'waived',
      id: `seed-${gateId}-${(counter.id += 1)}`,
      at: Math.round(at - HOUR),
      projectId: PROJECT_ID,
      ...item,
      by: ALEX.accountId,
      gateId,
      criterionId: waived[0]!,
    });
  events.push(event(at, true, [], waived));
  return events;
}

/** Every seeded event, oldest first. */
export function insightsSeedEvents(now: number): GateEvent[] {
  const next = random(20261203);
  const counter = { id: 0 };
  const events: GateEvent[] = [];
  for (let n = 1; n <= 70; n += 1) events.push(...itemHistory(next, 'definition-of-done', n, now, counter));
  for (let n = 71; n <= 120; n += 1) events.push(...itemHistory(next, 'ready-for-qa', n, now, counter));
  // The two demo items that fail Definition of Done today have been trying for a while.
  const stuck = (item: { key: string; id: string }, since: number, failing: string[][]): AttemptEvent[] =>
    failing.map((f, i) => ({
      kind: 'attempt',
      id: `seed-stuck-${item.key}-${i}`,
      at: Math.round(since + i * 2 * DAY),
      projectId: PROJECT_ID,
      itemId: item.id,
      itemKey: item.key,
      by: EMMA.accountId,
      gateId: 'definition-of-done',
      passed: false,
      failing: f,
      waived: [],
    }));
  events.push(...stuck(SEED_ISSUES.promoCodes, now - 23 * DAY, [['subtasks-done', 'no-open-blockers'], ['subtasks-done']]));
  events.push(...stuck(SEED_ISSUES.deliveryEstimate, now - 9 * DAY, [['fix-version', 'description']]));
  return events.filter((e) => e.at < now).sort((a, b) => a.at - b.at);
}

/** The storage values the seeded events leave, counted by the app's own consumer code. */
export async function seedInsightsStorage(now: number): Promise<Record<string, unknown>> {
  const store = memoryStore();
  for (const event of insightsSeedEvents(now)) await recordGateEvent(store, event);
  return store.snapshot();
}
