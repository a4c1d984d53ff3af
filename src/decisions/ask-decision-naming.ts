import type { ConfluenceClient } from '../ports/confluence-client';
import type { Clock } from '../ports/clock';
import type { RetryPolicy } from '../jira/retry-policy';
import type { DecisionNaming } from '../domain/decisions/decision-naming';
import type { NamingCandidates } from '../domain/criteria/decisions-settled/naming-candidates';
import { viewablePages } from '../confluence/viewable-pages';
import { getUsersBulk } from '../confluence/get-users-bulk';

/** One try within 3 s: naming only words a block message, so the person moving the item never waits long for it. */
export const NAMING_RETRY_POLICY: RetryPolicy = { attempts: 1, budgetMs: 3000, attemptTimeoutMs: 3000, backoffMs: 0 };

/**
 * Asks Confluence, as the person moving the item (`client`), which of the candidate pages they
 * may view and the Approvers' names: two calls in parallel. Undefined when nothing needs asking
 * or Confluence did not answer: the message then counts the decisions instead of naming them.
 */
export async function askDecisionNaming(
  client: ConfluenceClient,
  clock: Clock,
  candidates: NamingCandidates,
  deadlineAt?: number,
): Promise<DecisionNaming | undefined> {
  if (candidates.pageIds.length === 0) return undefined;
  const access = { client, clock, retry: { ...NAMING_RETRY_POLICY, ...(deadlineAt === undefined ? {} : { deadlineAt }) } };
  const [pages, people] = await Promise.all([
    viewablePages(access, candidates.pageIds),
    candidates.accountIds.length === 0 ? undefined : getUsersBulk(access, candidates.accountIds),
  ]);
  if (!pages.ok) {
    console.warn(`shipshape: could not ask Confluence which decision pages the mover may view (${pages.code}); the block message counts them`);
    return undefined;
  }
  return {
    pages: new Map([...pages.value.pages].map(([id, page]) => [id, page.title])),
    people: new Map(people?.ok ? Object.entries(people.value).map(([id, person]) => [id, person.displayName]) : []),
  };
}
