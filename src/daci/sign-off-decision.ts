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

const signOffPayload = z.strictObject({
  decisionId: z.string().min(1).max(40),
  outcome: z.enum(['approved', 'rejected']),
  comment: z.string().trim().max(DACI_LIMITS.signOffCommentLength, `comment is too long (at most ${DACI_LIMITS.signOffCommentLength} characters)`).default(''),
});

/**
 * `signOff`: the decision's Approver approves or rejects it, with a comment. The Approver is the
 * one the macro's saved config (from the Forge context) names, and the caller comes from the
 * invocation, so neither can be chosen by the frontend. Confluence is asked, as the caller,
 * for the page: that proves they may view it and gives the version the record names.
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
  const record = {
    outcome: payload.value.outcome,
    accountId: placement.accountId,
    at: new Date(deps.clock.now()).toISOString(),
    pageVersion: page.value.version,
    comment: payload.value.comment,
    fingerprint: decisionFingerprint(decision),
  };
  const saved = await appendSignOff(deps.store, placement.pageId, placement.localId, decision.id, record);
  if (!saved.ok) return failure('CONFLICT', 'Your sign-off was not saved because others were signing off at the same moment. Try again.', saved.problems);
  return readTable(deps, placement);
}
