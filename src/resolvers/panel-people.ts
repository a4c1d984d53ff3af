import { getPeople } from '../jira/get-people';
import { UNKNOWN_ACTOR } from '../records/audit-trail';
import type { PanelData } from './panel-data';
import { asApp, type IssueResolverDeps } from './resolver-deps';

/**
 * Every accountId the panel shows, the most visible first (the last writer, the activity, then
 * ticks, approvals, waivers and verifications), without repeats.
 */
export function accountIdsIn(data: PanelData): string[] {
  const ids = [
    data.updatedBy,
    ...data.activity.map((entry) => entry.accountId),
    ...data.gates.flatMap((gate) =>
      gate.criteria.flatMap((c) => [c.tick?.accountId, ...c.approvals.map((a) => a.accountId), c.recordedWaiver?.accountId, c.waiver?.accountId]),
    ),
    ...data.handoff.expectedBehaviours.map((b) => b.verification?.accountId),
    ...(data.history?.results ?? []).map((r) => r.accountId),
    ...(data.decisions?.shown ?? []).map((d) => d.approver),
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== '' && id !== UNKNOWN_ACTOR))];
}

/**
 * The panel with `people` filled by one `user/bulk` look-up as the app. A failed look-up never
 * fails the panel: the names are left out and the panel shows "Unknown person".
 */
export async function withPeople(deps: IssueResolverDeps, data: PanelData): Promise<PanelData> {
  const ids = accountIdsIn(data);
  if (ids.length === 0) return data;
  const found = await getPeople(asApp(deps), ids);
  if (!found.ok) {
    console.warn(`shipshape: people's names left out of the panel for ${data.issue.key}: ${found.message}`);
    return data;
  }
  return { ...data, people: found.value };
}
