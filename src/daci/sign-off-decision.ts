import * as z from 'zod';
import { failure, type Envelope } from '../resolvers/envelope';
import { parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { DACI_LIMITS } from '../domain/daci/daci-limits';
import { macroConfigOf, tableFromMacroConfig } from '../domain/daci/macro-config';
import { mayAnswer } from '../domain/daci/sign-off';
import { decisionFingerprint } from '../domain/daci/fingerprint';
import { getPage } from '../confluence/get-page';
import { getPageWithAdf } from '../confluence/get-page-adf';
import { confluenceAsUser, type DaciDeps } from './daci-deps';
import { confluenceFailure } from './confluence-failure';
import { macroPlacementOf } from './macro-context';
import { readTable } from './read-table';
import { appendSignOff } from './sign-offs-store';
import type { TableData } from './table-data';
import { refreshIndex } from './refresh-index';
import { markDecided } from './decide-on-approval';
import { signOffFailure } from './sign-off-failure';
import { sayFor } from '../resolvers/resolver-deps';

const signOffPayload = z.strictObject({
  decisionId: z.string().min(1).max(40),
  outcome: z.enum(['approved', 'rejected']),
  comment: z.string().trim().max(DACI_LIMITS.signOffCommentLength).default(''),
  /** The decision as the Approver saw it (from getTable) and the page version it was on. */
  fingerprint: z.string().max(64),
  pageVersion: z.number().int().min(1),
  /** With an approval of an open decision: mark it decided with this outcome, in a new page version saved as the Approver. */
  decide: z.strictObject({ outcome: z.string().max(DACI_LIMITS.outcomeLength) }).optional(),
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
  const say = await sayFor(deps, request);
  const placed = macroPlacementOf(request.context, say);
  if (!placed.ok) return placed;
  const { placement } = placed;
  const payload = parsePayload(signOffPayload, request.payload, say);
  if (!payload.ok) return payload;
  const macro = tableFromMacroConfig(placement.config);
  if (macro.state !== 'ready') return failure('BAD_INPUT', say('daciErrors.notReady'));
  if (payload.value.decide && payload.value.outcome !== 'approved') return failure('BAD_INPUT', say('daciErrors.onlyApprovalDecides'));
  if (placement.isEditing) return failure('BAD_INPUT', say('daciErrors.viewMode'));
  // First proof the caller may view the page: nothing names a decision to someone who may not.
  // Marking decided rewrites the page, so its body is read in the same call.
  const page = payload.value.decide ? await getPageWithAdf(confluenceAsUser(deps), placement.pageId) : await getPage(confluenceAsUser(deps), placement.pageId);
  if (!page.ok) return confluenceFailure(page, say);
  const shown = macro.table.decisions.find((d) => d.id === payload.value.decisionId);
  if (!shown) return failure('NOT_FOUND', say('daciErrors.noDecision', { id: payload.value.decisionId }));
  if (!mayAnswer(shown, placement.accountId)) return failure('FORBIDDEN', say('daciErrors.onlyApprover', { title: shown.title }));
  const seen = payload.value;
  if (seen.fingerprint !== decisionFingerprint(shown)) return failure('CONFLICT', say('daciErrors.decisionChanged', { title: shown.title }));
  if (seen.pageVersion > page.value.version) return failure('BAD_INPUT', say('daciErrors.noVersion', { seen: seen.pageVersion, current: page.value.version }));
  // Approved and marked decided: the approval is of the decision as the new page version has it.
  const decided =
    seen.decide && 'adf' in page.value ? await markDecided(deps, placement, page.value, macro.table, shown.id, seen.decide.outcome, say) : undefined;
  if (decided && !decided.ok) return decided;
  const table = decided?.table ?? macro.table;
  const decision = table.decisions.find((d) => d.id === shown.id) ?? shown;
  const record = {
    outcome: seen.outcome,
    accountId: placement.accountId,
    at: new Date(deps.clock.now()).toISOString(),
    pageVersion: decided?.pageVersion ?? seen.pageVersion,
    comment: seen.comment,
    fingerprint: decisionFingerprint(decision),
  };
  const where = { pageId: placement.pageId, localId: placement.localId, decisionIds: table.decisions.map((d) => d.id) };
  const saved = await appendSignOff(deps.store, where, decision.id, record);
  if (!saved.ok) return signOffFailure(saved, decided !== undefined, say);
  // The gates of the linked work items count this answer from now on.
  await refreshIndex(deps, placement.pageId);
  return readTable(deps, decided ? { ...placement, config: macroConfigOf(table) } : placement, say);
}
