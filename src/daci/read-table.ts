import { failure, success, type Envelope } from '../resolvers/envelope';
import { tableFromMacroConfig } from '../domain/daci/macro-config';
import { isOverdue, todayIn } from '../domain/daci/overdue';
import { peopleOf } from '../domain/daci/people-of';
import { latestSignOff, signOffState } from '../domain/daci/sign-off';
import { getPage } from '../confluence/get-page';
import type { ConfluenceRead } from '../confluence/read-confluence';
import type { Person } from '../confluence/get-users-bulk';
import { loadHistory } from '../decisions/read-index';
import { placementId } from '../domain/decisions/page-entry';
import { decisionFingerprint } from '../domain/daci/fingerprint';
import { confluenceAsApp, confluenceAsUser, type DaciDeps } from './daci-deps';
import type { MacroPlacement } from './macro-context';
import { confluenceFailure } from './confluence-failure';
import { loadSignOffs } from './sign-offs-store';
import { linkedWorkItems } from './linked-work-items';
import { catchUpIndex } from './catch-up-index';
import type { TableData } from './table-data';
import type { Say } from '../domain/words/say';

/**
 * The table as the caller may see it: first Confluence is asked, as the caller, for the page
 * (no view permission, no data), then the sign-offs and the people's names are read together.
 */
async function withMore(deps: DaciDeps, known: Record<string, Person>, accountIds: string[]): Promise<ConfluenceRead<Record<string, Person>>> {
  const more = await deps.people.lookUp(confluenceAsApp(deps), accountIds);
  return more.ok ? { ok: true, value: { ...known, ...more.value } } : more;
}

export async function readTable(deps: DaciDeps, placement: MacroPlacement, say: Say): Promise<Envelope<TableData>> {
  const page = await getPage(confluenceAsUser(deps), placement.pageId);
  if (!page.ok) return confluenceFailure(page, say);
  const common = { viewerAccountId: placement.accountId, pageVersion: page.value.version, isEditing: placement.isEditing };
  const macro = tableFromMacroConfig(placement.config);
  if (macro.state === 'empty') return success({ ...common, state: 'empty' });
  if (macro.state === 'invalid') return success({ ...common, state: 'invalid', problems: macro.problems });
  const { table } = macro;
  const named = peopleOf(table);
  const [signOffs, pageHistory, tablePeople, workItems] = await Promise.all([
    loadSignOffs(deps.store, placement.pageId, placement.localId),
    loadHistory(deps.store, placement.pageId),
    deps.people.lookUp(confluenceAsApp(deps), named),
    linkedWorkItems(deps, table),
    catchUpIndex(deps, placement.pageId, page.value.version, { isEditing: placement.isEditing, decisions: table.decisions.length }),
  ]);
  const tableId = placementId(placement.localId);
  const history = pageHistory.filter((h) => h.localId === tableId && table.decisions.some((d) => d.id === h.id));
  // Whoever changed a decision but has no role in the table is looked up afterwards (rare): the first look-up is not kept waiting.
  const others = [...new Set(history.map((h) => h.by))].filter((by) => by !== '' && !named.includes(by));
  const people = others.length === 0 || !tablePeople.ok ? tablePeople : await withMore(deps, tablePeople.value, others);
  if (!signOffs.ok) return failure('RECORDS_INVALID', say('daciErrors.signOffsUnreadable'), signOffs.problems);
  if (!people.ok) return confluenceFailure(people, say);
  const today = todayIn(placement.timezone, new Date(deps.clock.now()));
  const views = Object.fromEntries(
    table.decisions.map((d) => {
      const latest = latestSignOff(signOffs.value, d.id);
      return [d.id, { state: signOffState(d, latest), fingerprint: decisionFingerprint(d), ...(latest ? { latest } : {}) }];
    }),
  );
  return success({
    ...common,
    state: 'ready',
    table,
    signOffs: views,
    people: people.value,
    today,
    overdue: table.decisions.filter((d) => isOverdue(d, today)).map((d) => d.id),
    history: history.map(({ localId: _table, ...h }) => h),
    ...(workItems ? { workItems: workItems.found, ...(workItems.unchecked.length ? { workItemsUnchecked: workItems.unchecked } : {}) } : {}),
  });
}
