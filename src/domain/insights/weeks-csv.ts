import { csvLine } from './csv';
import type { WeekFigures } from './insight-docs';
import { percentile } from './time-histogram';

export const WEEK_COLUMNS = [
  'week',
  'gate',
  'attempts',
  'blocked',
  'items_blocked',
  'items_passed',
  'passes_with_waiver',
  'waivers',
  'time_blocked_items',
  'time_blocked_p50_hours',
  'time_blocked_p85_hours',
  'time_blocked_p95_hours',
  'blocked_by',
] as const;

const hours = (ms: number | undefined) => (ms === undefined ? undefined : Math.round((ms / 3_600_000) * 10) / 10);

/** The weekly figures export: one row a week of the period (zeros for a week with none); `blocked_by` lists "criterion:count;…", most first. */
export function weeksCsv(gateId: string, weeks: ReadonlyArray<{ week: string; figures?: WeekFigures }>): string {
  const rows = weeks.map(({ week, figures: f }) => {
    const items = f?.timeBlocked.reduce((sum, [, n]) => sum + n, 0) ?? 0;
    const blockedBy = [...(f?.blockedBy ?? [])].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id}:${n}`);
    return csvLine([
      week,
      gateId,
      f?.attempts ?? 0,
      f?.blocked ?? 0,
      f?.itemsBlocked ?? 0,
      f?.itemsPassed ?? 0,
      f?.passesWithWaiver ?? 0,
      f?.waivers.reduce((sum, [, n]) => sum + n, 0) ?? 0,
      items,
      hours(f && items ? percentile(f.timeBlocked, 50) : undefined),
      hours(f && items ? percentile(f.timeBlocked, 85) : undefined),
      hours(f && items ? percentile(f.timeBlocked, 95) : undefined),
      blockedBy.join(';'),
    ]);
  });
  return csvLine(WEEK_COLUMNS) + rows.join('');
}
