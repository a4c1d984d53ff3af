import { getPeople } from '../jira/get-people';
import { asApp, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { GateSetState } from './gate-set-state';

/** The state with the display names of the people in its recent changes (one bulk look-up as the app; without names if Jira does not answer). */
export async function withNames(deps: IssueResolverDeps, state: GateSetState): Promise<GateSetState> {
  const ids = state.recentChanges.map((c) => c.accountId);
  if (ids.length === 0) return { ...state, names: {} };
  const people = await getPeople(asApp(deps), ids);
  const names = people.ok ? Object.fromEntries(Object.entries(people.value).map(([id, p]) => [id, p.displayName])) : {};
  return { ...state, names };
}
