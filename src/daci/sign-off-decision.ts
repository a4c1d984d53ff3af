import * as z from 'zod';
import { failure, type Envelope } from '../resolvers/envelope';
import { parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { DACI_LIMITS } from '../domain/daci/daci-limits';
import { tableFromMacroConfig } from '../domain/daci/macro-config';
import { mayAnswer } from '../domain/daci/sign-off';
import { decisionFingerprint } from '../domain/daci/fingerprint';
import { getPage } from '../confluence/get-page';
import { confluenceAsUser, type DaciDeps } from './daci-deps';
import { confluenceFailure } from './confluence-failure';
import { macroPlacementOf } from './macro-context';
import { readTable } from './read-table';
import { appendSignOff } from './sign-offs-store';
import type { TableData } from './table-data';
import { refreshIndex } from './refresh-index';

const signOffPayload = z.strictObject({
  decisionId: z.string().min(1).max(40),
  outcome: z.enum(['approved', 'rejected']),
  comment: z.string().trim().max(DACI_LIMITS.signOffCommentLength, `comment is too long (at most ${DACI_LIMITS.signOffCommentLength} characters)`).default(''),
  /** The decision as the Approver saw it (from getTable) and the page version it was on. */
  fingerprint: z.string().max(64),
  pageVersion: z.number().int().min(1),
});

/**
 * `signOff`: the decision's Approver approves or rejects it, with a comment. The Approver is the
 * one the macro's saved config (from the Forge context) names, and the caller comes from the
 * invocation, so neither can be chosen by the frontend. The answer names the decision as the
 * Approver saw it (its fingerprint) and the page version it was on: a decision that changed
 * since is refused, so a record always says what was signed. Confluence is asked, as the
 * caller, for the page: that proves they may view it.
 */
export async function signOff(deps: DaciDeps, request: ResolverRequest): Promise<Envelope<TableData>> {
  const placed = macroPlacementOf(request.context);
  if (!placed.ok) return placed;
  const { placement } = placed;
  const payload = parsePayload(signOffPayload, request.payload);
  if (!payload.ok) return payload;
  const macro = tableFromMacroConfig(placement.config);
  if (macro.state !== 'ready') return failure('BAD_INPUT', 'This decision table has nothing to sign off until it is saved without problems.');
  const decision = macro.table.decisions.find((d) => d.id === payload.value.decisionId);
  if (!decision) return failure('NOT_FOUND', `This table has no decision "${payload.value.decisionId}". Reload the page to see the current table.`);
  if (!mayAnswer(decision, placement.accountId)) return failure('FORBIDDEN', `Only the Approver of "${decision.title}" can approve or reject it.`);
  if (placement.isEditing) return failure('BAD_INPUT', 'Sign off in view mode: publish the page, then approve or reject from the published page.');
  const page = await getPage(confluenceAsUser(deps), placement.pageId);
  if (!page.ok) return confluenceFailure(page);
  const fingerprint = decisionFingerprint(decision);
  const seen = payload.value;
  if (seen.fingerprint !== fingerprint)
    return failure(
      'CONFLICT',
      `"${decision.title}" changed since you opened the page, so your answer was not saved. Reload to see the current decision, then sign off.`,
    );
  if (seen.pageVersion > page.value.version)
    return failure('BAD_INPUT', `The page has no version ${seen.pageVersion} yet (it is at ${page.value.version}). Reload the page, then sign off.`);
  const record = {
    outcome: seen.outcome,
    accountId: placement.accountId,
    at: new Date(deps.clock.now()).toISOString(),
    pageVersion: seen.pageVersion,
    comment: seen.comment,
    fingerprint,
  };
  const where = { pageId: placement.pageId, localId: placement.localId, decisionIds: macro.table.decisions.map((d) => d.id) };
  const saved = await appendSignOff(deps.store, where, decision.id, record);
  if (!saved.ok && saved.reason === 'full')
    return failure(
      'TOO_LARGE',
      "Your sign-off was not saved: with it, this table's sign-offs would pass the 240 KiB Forge stores for one table. Shorten your comment.",
      saved.problems,
    );
  if (!saved.ok && saved.reason === 'invalid')
    return failure(
      'RECORDS_INVALID',
      'The sign-offs stored for this table cannot be read, so nothing was changed. Ask your Confluence admin to contact the app vendor.',
      saved.problems,
    );
  if (!saved.ok) return failure('CONFLICT', 'Your sign-off was not saved because others were signing off at the same moment. Try again.', saved.problems);
  // The gates of the linked work items count this answer from now on.
  await refreshIndex(deps, placement.pageId);
  return readTable(deps, placement);
}
