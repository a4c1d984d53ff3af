import type { TimeBinKey } from '../domain/insights/time-bins';
import type { WeekRow } from '../domain/insights/period-figures';

/** What the insights page shows for one gate and period (one `getInsights` answer). */
export interface InsightsData {
  project: { id: string; key: string };
  /** The gates with figures in this project, named as the gate set names them now. */
  gates: Array<{ id: string; name: string; inSet: boolean }>;
  /** Absent when the project has no figures yet. */
  gateId?: string;
  period: { weeks: number; from: string; until: string };
  weeks: WeekRow[];
  attempts: number;
  blocked: number;
  waiverRate: number;
  criteria: Array<{ criterionId: string; label: string; blocked: number; share: number; waivers: number; jql: string }>;
  timeBlocked: { items: number; p50?: number; p85?: number; p95?: number; bins: Array<{ key: TimeBinKey; count: number }> };
  /** Items blocked now that the viewer may browse, longest waiting first; `hidden` counts the rest. */
  blockedNow: { items: Array<{ key: string; summary: string; status: string; since: number; waited: number }>; hidden: number; checkFailed?: true };
  retentionMonths: number;
}
