import { resolverDefinitions } from '../resolvers/resolver-definitions';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import { getInsights } from './get-insights';
import { exportInsights } from './export-insights';
import { searchGadgetProjects } from './search-gadget-projects';
import { getInsightGates } from './get-insight-gates';

/** Resolver name → function, for the project's insights page. */
export const INSIGHTS_RESOLVERS = { getInsights, getInsightGates, exportInsights, searchGadgetProjects } as const;

/** The `@forge/resolver` definitions of the `insights-resolver` function, on the given ports. */
export function insightsResolvers(deps: IssueResolverDeps) {
  return resolverDefinitions('insights resolver', INSIGHTS_RESOLVERS, deps);
}
