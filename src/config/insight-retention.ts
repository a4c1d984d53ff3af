import * as z from 'zod';
import { success, type Envelope } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { INSIGHT_SETTINGS_KEY, insightSettingsSchema, retentionMonths } from '../insights/retention';
import { requireJiraAdmin } from './admin-rights';

export const saveRetentionPayload = z.strictObject({ retentionMonths: insightSettingsSchema.shape.retentionMonths });

/**
 * `saveInsightRetention`: how long the gate insights keep their figures and events (Jira admins
 * only); the daily retention run removes what is older from then on.
 */
export async function saveInsightRetention(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ retentionMonths: number }>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(saveRetentionPayload, request.payload, say);
  if (!input.ok) return input;
  const admin = await requireJiraAdmin(deps, 'changeRetention', say);
  if (!admin.ok) return admin;
  // One value, written whole: the last admin's choice stands (no read-modify-write to lose).
  await deps.store.set(INSIGHT_SETTINGS_KEY, { retentionMonths: input.value.retentionMonths });
  return success({ retentionMonths: await retentionMonths(deps.store) });
}
