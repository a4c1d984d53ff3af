import type * as z from 'zod';
import { failure, type ResolverError } from './envelope';
import { loadItem, type LoadedItem } from './load-item';
import type { IssueResolverDeps } from './resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from './resolver-request';

export type Opened<T> = { ok: true; input: T; item: LoadedItem } | { ok: false; error: ResolverError };

/**
 * The start of every resolver: who is calling (from the Forge context only), the payload checked
 * against `schema`, then the item loaded with the caller's Jira permissions checked first.
 */
export async function openItem<T extends { issueId?: string | undefined }>(
  deps: IssueResolverDeps,
  request: ResolverRequest,
  schema: z.ZodType<T>,
  requireEdit?: string,
): Promise<Opened<T>> {
  const who = callerOf(request.context);
  if (!who.ok) return who;
  const input = parsePayload(schema, request.payload);
  if (!input.ok) return input;
  const fromContext = who.caller.contextIssue?.id;
  const issueId = input.value.issueId ?? fromContext;
  if (issueId === undefined)
    return failure('BAD_INPUT', 'Name the work item: issueId is missing.', [{ path: 'issueId', message: 'required (expected string)' }]);
  if (fromContext !== undefined && fromContext !== issueId) {
    return failure('BAD_INPUT', 'This panel belongs to another work item.', [{ path: 'issueId', message: `must be the panel's work item ${fromContext}` }]);
  }
  const loaded = await loadItem(deps, who.caller, issueId, requireEdit);
  return loaded.ok ? { ok: true, input: input.value, item: loaded.item } : loaded;
}
