import { exportAdf, exportProblemAdf, type AdfNode } from '../domain/daci/export-adf';
import { tableFromMacroConfig } from '../domain/daci/macro-config';
import { todayIn } from '../domain/daci/overdue';
import { peopleOf } from '../domain/daci/people-of';
import { describeProblems } from '../domain/problems';
import { confluenceAsApp, type DaciDeps } from './daci-deps';
import { loadSignOffs } from './sign-offs-store';
import { getPageAdf } from '../confluence/get-page-adf';
import { macroConfigInAdf } from '../domain/daci/macro-config-in-adf';

/** What Confluence hands the `adfExport` function: the export type and the macro's context. */
interface ExportPayload {
  exportType?: string;
  context?: { localId?: unknown; extension?: { content?: { id?: unknown }; config?: unknown; localId?: unknown } };
}

const idOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/**
 * Forge's docs promise `exportType` in the export payload, not the macro's config: without it,
 * the config is read from the page's current body (as the app) by the placement's `localId`.
 */
async function configFromPage(deps: DaciDeps, pageId: string | undefined, localId: string | undefined): Promise<unknown> {
  if (!pageId || !localId) return undefined;
  const page = await getPageAdf(confluenceAsApp(deps), pageId);
  return page.ok ? macroConfigInAdf(page.value, localId) : undefined;
}

/**
 * The macro for PDF and Word export: the same table as ADF, statuses and names as text. Runs as
 * the app (exports have no interactive user); a table that cannot be read exports as a message.
 */
export async function exportTable(deps: DaciDeps, payload: unknown): Promise<AdfNode> {
  const context = (payload as ExportPayload | undefined)?.context;
  const pageId = idOf(context?.extension?.content?.id);
  const localId = idOf(context?.localId) ?? idOf(context?.extension?.localId);
  const macro = tableFromMacroConfig(context?.extension?.config ?? (await configFromPage(deps, pageId, localId)));
  if (macro.state === 'empty') return exportProblemAdf('This decision table has no decisions yet.');
  if (macro.state === 'invalid') return exportProblemAdf(`This decision table cannot be read:\n${describeProblems(macro.problems)}`);
  const stored = pageId && localId ? await loadSignOffs(deps.store, pageId, localId) : undefined;
  const people = await deps.people.lookUp(confluenceAsApp(deps), peopleOf(macro.table));
  const names = people.ok ? Object.fromEntries(Object.entries(people.value).map(([id, p]) => [id, p.displayName])) : {};
  return exportAdf({ table: macro.table, signOffs: stored?.ok ? stored.value : undefined, names, today: todayIn('UTC', new Date(deps.clock.now())) });
}
