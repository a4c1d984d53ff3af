import { foldEvents } from '../src/domain/insights/fold-events';
import type { AttemptEvent } from '../src/domain/insights/gate-event';
import { blockedNowKey, itemInsightKey, PROJECTS_KEY, projectCatalogKey, weekFiguresKey } from '../src/insights/insight-keys';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const BENCH_GATE = 'definition-of-done';

/**
 * A busy project's quarter: `count` attempts at Definition of Done over 13 weeks by 5,000 items,
 * failing on 3 of 12 criteria (the seed's ids, so the page names them), a few waiting for weeks.
 * Items 10003 and 10005 (the sandbox's ABC-3 and ABC-5) end blocked, with the last few hundred others.
 */
export function busyQuarter(count: number, now: number): AttemptEvent[] {
  const criteria = [
    'analytics-live',
    'copy-final',
    'fix-version',
    'behaviours-verified',
    'rollout-controls',
    'description',
    'subtasks-done',
    'no-open-blockers',
    'teams-briefed',
    'usability-evidence',
    'decisions-settled',
    'assignee',
  ];
  const start = now - 13 * 7 * DAY;
  return Array.from({ length: count }, (_, i) => {
    const item = i % 5000;
    const round = Math.floor(i / 5000);
    const passed = round % 3 === 2 && item % 17 !== 0;
    const itemId = item === 3 || item === 5 ? `1000${item}` : String(30000 + item);
    return {
      kind: 'attempt',
      id: `busy-${i}-x`,
      at: start + Math.floor((i / count) * (13 * 7 * DAY - HOUR)),
      projectId: '10000',
      itemId,
      itemKey: `ABC-${itemId === `1000${item}` ? item : 1000 + item}`,
      gateId: BENCH_GATE,
      by: 'acc-emma',
      passed,
      failing: passed ? [] : [criteria[item % 12]!, criteria[(item + 3) % 12]!, criteria[(item + 7) % 12]!],
      waived: [],
    };
  });
}

/**
 * The stored figures `events` leave, folded with the consumer's own rules (applyEvent) in memory:
 * the page reads these; the event log (which it never reads) is left out.
 */
export function figuresOf(events: readonly AttemptEvent[]): Record<string, unknown> {
  const { weeks, items, blockedNow } = foldEvents(events, BENCH_GATE);
  const values: Record<string, unknown> = {
    [PROJECTS_KEY]: { projects: ['10000'] },
    [projectCatalogKey('10000')]: { weeks: [...weeks.keys()].sort(), gates: [BENCH_GATE] },
    [blockedNowKey('10000', BENCH_GATE)]: blockedNow,
  };
  for (const [week, figures] of weeks) values[weekFiguresKey('10000', BENCH_GATE, week)] = figures;
  for (const [id, item] of items) values[itemInsightKey(id)] = item;
  return values;
}
