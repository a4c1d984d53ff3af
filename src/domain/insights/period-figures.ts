import { mergeCounts } from './counts';
import type { BlockedNow, WeekFigures } from './insight-docs';
import { histogramCount, mergeHistograms, percentile, type Histogram } from './time-histogram';

export interface WeekRow {
  week: string;
  attempts: number;
  blocked: number;
  itemsBlocked: number;
  itemsPassed: number;
  waivers: number;
}

export interface CriterionRow {
  criterionId: string;
  /** Blocked attempts it failed in, and their share of all blocked attempts in the period. */
  blocked: number;
  share: number;
  waivers: number;
}

export interface PeriodFigures {
  weeks: WeekRow[];
  attempts: number;
  blocked: number;
  /** Passing attempts that needed a waiver, over all passing attempts (0 when none passed). */
  waiverRate: number;
  criteria: CriterionRow[];
  timeBlocked: { items: number; p50?: number; p85?: number; p95?: number; histogram: Histogram };
  blockedNow: { items: Array<{ itemId: string; itemKey: string; since: number; waited: number }>; more: number };
}

const sum = (weeks: readonly WeekFigures[], pick: (w: WeekFigures) => number) => weeks.reduce((total, w) => total + pick(w), 0);
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * A gate's figures over a period of weeks (pure): one row a week (a week with no figures shows
 * zeros), the criteria that block most with their share, the time-blocked percentiles from the
 * weeks' merged histograms, and the items blocked now, longest waiting first.
 */
export function periodFigures(weeks: ReadonlyArray<{ week: string; figures?: WeekFigures }>, blockedNow: BlockedNow | undefined, now: number): PeriodFigures {
  const present = weeks.flatMap((w) => (w.figures ? [w.figures] : []));
  const blocked = sum(present, (w) => w.blocked);
  const attempts = sum(present, (w) => w.attempts);
  const blockedBy = new Map(mergeCounts(present.map((w) => w.blockedBy)));
  const waivers = new Map(mergeCounts(present.map((w) => w.waivers)));
  const criteria = [...new Set([...blockedBy.keys(), ...waivers.keys()])]
    .map((criterionId) => ({
      criterionId,
      blocked: blockedBy.get(criterionId) ?? 0,
      share: ratio(blockedBy.get(criterionId) ?? 0, blocked),
      waivers: waivers.get(criterionId) ?? 0,
    }))
    .sort((a, b) => b.blocked - a.blocked || b.waivers - a.waivers || a.criterionId.localeCompare(b.criterionId));
  const histogram = mergeHistograms(present.map((w) => w.timeBlocked));
  const items = histogramCount(histogram);
  const quantiles = items === 0 ? {} : { p50: percentile(histogram, 50), p85: percentile(histogram, 85), p95: percentile(histogram, 95) };
  return {
    weeks: weeks.map(({ week, figures: f }) => ({
      week,
      attempts: f?.attempts ?? 0,
      blocked: f?.blocked ?? 0,
      itemsBlocked: f?.itemsBlocked ?? 0,
      itemsPassed: f?.itemsPassed ?? 0,
      waivers: f ? f.waivers.reduce((total, [, n]) => total + n, 0) : 0,
    })),
    attempts,
    blocked,
    waiverRate: ratio(
      sum(present, (w) => w.passesWithWaiver),
      attempts - blocked,
    ),
    criteria,
    timeBlocked: { items, ...quantiles, histogram },
    blockedNow: {
      items: (blockedNow?.items ?? [])
        .map(([itemId, itemKey, since]) => ({ itemId, itemKey, since, waited: Math.max(0, now - since) }))
        .sort((a, b) => a.since - b.since),
      more: blockedNow?.more ?? 0,
    },
  };
}
