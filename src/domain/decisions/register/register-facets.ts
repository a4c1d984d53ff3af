import { DECISION_STATUSES, IMPACTS, type DecisionStatus, type Impact } from '../../daci/daci-values';
import { awaitsSignOffFrom } from './filter-rows';
import type { RegisterRow } from './register-row';

/** What the register's filters offer, counted over every decision the viewer may see. */
export interface RegisterFacets {
  statuses: Array<{ value: DecisionStatus; count: number }>;
  impacts: Array<{ value: Impact; count: number }>;
  /** Account ids of every Approver and Driver, most decisions first. */
  approvers: string[];
  drivers: string[];
  awaitingMe: number;
  overdue: number;
  stale: number;
}

/** People listed per role in the filters; the busiest first. */
export const FACET_PEOPLE = 200;

function byCount(ids: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, FACET_PEOPLE)
    .map(([id]) => id);
}

export function registerFacets(rows: readonly RegisterRow[], me: string): RegisterFacets {
  return {
    statuses: DECISION_STATUSES.map((value) => ({ value, count: rows.filter((r) => r.status === value).length })),
    impacts: IMPACTS.map((value) => ({ value, count: rows.filter((r) => r.impact === value).length })),
    approvers: byCount(rows.map((r) => r.approver)),
    drivers: byCount(rows.map((r) => r.driver)),
    awaitingMe: rows.filter((r) => awaitsSignOffFrom(r, me)).length,
    overdue: rows.filter((r) => r.overdue).length,
    stale: rows.filter((r) => r.signOff === 'stale').length,
  };
}
