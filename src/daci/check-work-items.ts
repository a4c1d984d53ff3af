import * as z from 'zod';
import { failure, success, type Envelope } from '../resolvers/envelope';
import { parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { fetchItemsInParallel, type FoundItem } from '../jira/fetch-items';
import { DACI_LIMITS } from '../domain/daci/daci-limits';
import type { DaciDeps } from './daci-deps';
import { workItemKeySchema } from '../domain/daci/work-item-key';
import { sayFor } from '../resolvers/resolver-deps';
import { inBlogPost } from './macro-context';

const checkPayload = z.strictObject({ keys: z.array(workItemKeySchema).min(1).max(DACI_LIMITS.linkedKeysChecked) });

export interface CheckedItems {
  found: FoundItem[];
  /** Keys Jira does not have, or the caller may not see. */
  missing: string[];
}

/**
 * `checkWorkItems`: before the settings save, which of the table's linked work items exist. Asked
 * of Jira as the caller, so a key they may not see counts as missing (a decision should link items
 * its editors can see). Without Jira (a Confluence-only site), nothing can be checked.
 */
export async function checkWorkItems(deps: DaciDeps, request: ResolverRequest): Promise<Envelope<CheckedItems>> {
  const say = await sayFor(deps, request);
  const accountId = (request.context as { accountId?: unknown } | undefined)?.accountId;
  if (typeof accountId !== 'string' || accountId === '') return failure('FORBIDDEN', say('daciErrors.logInItems'));
  if (inBlogPost(request.context)) return failure('BAD_INPUT', say('daciErrors.blogPost'));
  const payload = parsePayload(checkPayload, request.payload, say);
  if (!payload.ok) return payload;
  if (!deps.jiraAsUser) return failure('JIRA_UNAVAILABLE', say('daciErrors.noJira'));
  const fetched = await fetchItemsInParallel({ client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry }, payload.value.keys);
  if (!fetched.ok) return failure('JIRA_UNAVAILABLE', say('daciErrors.itemsUnchecked', { detail: fetched.message }));
  const found = new Set(fetched.value.map((i) => i.key));
  return success({ found: fetched.value, missing: [...new Set(payload.value.keys)].filter((k) => !found.has(k)) });
}
