import { getPeople } from '../jira/get-people';
import { peopleNamedBy } from '../domain/gates/people-named';
import { asApp, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { GateSetState } from './gate-set-state';

/**
 * The state with the display names of the people it shows: who made the recent changes and
 * whom the gates name as approvers, waivers or QA verifiers (one bulk look-up as the app;
 * without names if Jira does not answer, and the screens then show the account id).
 */
export async function withNames(deps: IssueResolverDeps, state: GateSetState): Promise<GateSetState> {
  const ids = [...new Set([...state.recentChanges.map((c) => c.accountId), ...peopleNamedBy(state.gates)])];
  if (ids.length === 0) return { ...state, names: {} };
  const people = await getPeople(asApp(deps), ids);
  const names = people.ok ? Object.fromEntries(Object.entries(people.value).map(([id, p]) => [id, p.displayName])) : {};
  return { ...state, names };
}
