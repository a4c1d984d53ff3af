import { failure, type ResolverError } from '../resolvers/envelope';
import type { DaciTable } from '../domain/daci/daci-schema';
import { decidedTable } from '../domain/daci/decide';
import { canonicalJson } from '../domain/daci/fingerprint';
import { macroConfigOf, tableFromMacroConfig } from '../domain/daci/macro-config';
import { isAppMacro, macrosInAdf } from '../domain/daci/macros-in-adf';
import { withMacroConfig } from '../domain/daci/with-macro-config';
import type { PageWithAdf } from '../confluence/get-page-adf';
import { updatePageAdf } from '../confluence/update-page-adf';
import { DACI_MODULE_KEY } from '../decisions/index-page';
import { confluenceAsUser, type DaciDeps } from './daci-deps';
import type { MacroPlacement } from './macro-context';
import type { Say } from '../domain/words/say';

const changedMeanwhile = (say: Say) => failure('CONFLICT', say('daciErrors.pageChanged'));

/**
 * The Approver's "approve and mark decided": the page gets a new version, saved as the Approver
 * (Confluence checks they may edit it), in which this table's decision is decided with its
 * outcome. Only if the page still holds the table the Approver saw; nothing else on it changes.
 */
export async function markDecided(
  deps: DaciDeps,
  placement: MacroPlacement,
  /** The page with its body, as the Approver's own read of it found it (that read proved they may view it). */
  page: PageWithAdf,
  table: DaciTable,
  decisionId: string,
  outcome: string,
  say: Say,
): Promise<{ ok: true; table: DaciTable; pageVersion: number } | { ok: false; error: ResolverError }> {
  const decided = decidedTable(table, decisionId, outcome);
  if (!decided.ok) return failure('BAD_INPUT', say('daciErrors.notDecided', { detail: decided.message }));
  const appId = deps.appId();
  const placed = macrosInAdf(page.adf).filter((m) => m.localId === placement.localId && isAppMacro(m.extensionKey, appId, DACI_MODULE_KEY));
  const onPage = placed.length === 1 ? tableFromMacroConfig(placed[0]!.config) : undefined;
  if (onPage?.state !== 'ready' || canonicalJson(onPage.table) !== canonicalJson(table)) return changedMeanwhile(say);
  const adf = withMacroConfig(page.adf, { appId, moduleKey: DACI_MODULE_KEY, localId: placement.localId }, macroConfigOf(decided.table));
  if (adf === undefined) return changedMeanwhile(say);
  const update = {
    pageId: placement.pageId,
    title: page.title,
    version: page.version + 1,
    adf,
    message: 'Decision marked decided on approval (Shipshape)',
  };
  const saved = await updatePageAdf(confluenceAsUser(deps), update);
  if (saved.ok) return { ok: true, table: decided.table, pageVersion: saved.value.version };
  if (saved.status === 409) return changedMeanwhile(say);
  if (saved.code === 'NOT_FOUND' || saved.code === 'CONFLUENCE_REFUSED' || saved.status === 400) return failure('FORBIDDEN', say('daciErrors.cannotEdit'));
  return failure('INTERNAL', say('daciErrors.pageNotSaved', { detail: saved.message }));
}
