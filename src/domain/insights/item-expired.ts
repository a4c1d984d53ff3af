import type { ItemInsight } from './insight-docs';

/**
 * Whether an item's insight state holds nothing the retention period still covers (pure): at
 * every gate it met, its first blocked attempt, its last pass and the weeks it was counted in are
 * all older than `cutoff` (its ISO week `cutoffWeek`). Such a state only remembers what the
 * figures no longer show, so retention may remove it; an item met again later starts afresh.
 */
export function itemInsightExpired(item: ItemInsight, cutoff: number, cutoffWeek: string): boolean {
  return item.gates.every(
    (g) =>
      (g.blockedSince === undefined || g.blockedSince < cutoff) &&
      (g.lastPassedAt === undefined || g.lastPassedAt < cutoff) &&
      [...g.blockedWeeks, ...g.passedWeeks].every((week) => week < cutoffWeek),
  );
}
