import { nextTransitions, type NextTransition } from '../domain/next-steps/next-transitions';
import { getTransitions } from '../jira/get-transitions';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { LoadedItem } from '../resolvers/load-item';
import { gateTransitions } from './gate-transitions';

/**
 * The transitions the caller may take on the item now (Jira, as the user) with the gates that
 * guard each (gate-transitions.ts). Undefined when either cannot be read: the panel then orders
 * its gates without them, and nothing else fails.
 */
export async function readNextTransitions(deps: IssueResolverDeps, item: LoadedItem): Promise<NextTransition[] | undefined> {
  try {
    const [available, guarded] = await Promise.all([getTransitions(asUser(deps), item.issueId), gateTransitions(deps)]);
    if (!available.ok || !guarded) return undefined;
    return nextTransitions(
      available.value,
      guarded,
      item.gates.map((g) => g.id),
    );
  } catch {
    return undefined;
  }
}
