import * as z from 'zod';
import { gadgetProjectSchema } from '../domain/insights/insights-query';
import { success, type Envelope } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import type { InsightsData } from './insights-data';
import { chosenGate, gateChoices, openInsights } from './open-insights';

const payloadSchema = z.strictObject({ project: gadgetProjectSchema.optional() });

export interface InsightGates {
  gates: InsightsData['gates'];
  /** The gate the page would show first. */
  gateId?: string;
}

/**
 * `getInsightGates`: the gates a project has figures for, for the gadget's settings, where a
 * gate is picked before any figure is shown (getInsights would read a period of figures and ask
 * Jira about the items blocked now). The same checks: Browse Projects on the project, as the caller.
 */
export async function getInsightGates(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<InsightGates>> {
  const opened = await openInsights(deps, request, payloadSchema);
  if (!opened.ok) return opened;
  const gateId = chosenGate({ ...opened, input: {} });
  return success({ gates: gateChoices(opened), ...(gateId ? { gateId } : {}) });
}
