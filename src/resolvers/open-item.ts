import type * as z from 'zod';
import { failure, type ResolverError } from './envelope';
import { loadItem, type EditAction, type LoadedItem } from './load-item';
import { sayFor, type IssueResolverDeps } from './resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from './resolver-request';
import { problem } from '../domain/problems';

export type Opened<T> = { ok: true; input: T; item: LoadedItem } | { ok: false; error: ResolverError };

/**
 * The start of every resolver: who is calling (from the Forge context only), the payload checked
 * against `schema`, then the item loaded with the caller's Jira permissions checked first.
 */
export async function openItem<T extends { issueId?: string | undefined }>(
  deps: IssueResolverDeps,
  request: ResolverRequest,
  schema: z.ZodType<T>,
  requireEdit?: EditAction,
  extraFields: (input: T) => readonly string[] = () => [],
): Promise<Opened<T>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(schema, request.payload, say);
  if (!input.ok) return input;
  const fromContext = who.caller.contextIssue?.id;
  const issueId = input.value.issueId ?? fromContext;
  if (issueId === undefined) return failure('BAD_INPUT', say('errors.noItem'), [problem('issueId', 'problems.required')]);
  if (fromContext !== undefined && fromContext !== issueId) {
    return failure('BAD_INPUT', say('errors.otherItem'), [problem('issueId', 'problems.otherItem', { item: fromContext })]);
  }
  const loaded = await loadItem(deps, who.caller, issueId, say, requireEdit, extraFields(input.value));
  return loaded.ok ? { ok: true, input: input.value, item: loaded.item } : loaded;
}
