import { failure, success, type Envelope } from '../resolvers/envelope';
import { parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { registerQuerySchema, REGISTER_PAGE_SIZE, type RegisterQuery } from '../domain/decisions/register/register-query';
import { registerRows, type RegisterRow } from '../domain/decisions/register/register-row';
import { peopleOfView, registerView } from '../domain/decisions/register/register-view';
import { todayIn } from '../domain/daci/overdue';
import { ownEntry } from '../domain/own-entry';
import type { Person } from '../confluence/get-users-bulk';
import { viewablePages } from '../confluence/viewable-pages';
import { loadSpaceDecisions, spacePageIds } from '../decisions/load-space-decisions';
import { confluenceAsApp, confluenceAsUser, type DaciDeps } from '../daci/daci-deps';
import { confluenceFailure } from '../daci/confluence-failure';
import type { RegisterData } from './register-data';
import { spacePlacementOf } from './space-context';
import { sayFor } from '../resolvers/resolver-deps';

/** People whose names a sort by Approver or Driver looks up at most; further ones sort last. */
const SORTED_PEOPLE = 1000;

/** Whose names the view must know before it can sort: everyone in the sorted role. */
function sortedPeople(rows: readonly RegisterRow[], query: RegisterQuery): string[] {
  if (query.sort !== 'approver' && query.sort !== 'driver') return [];
  return [...new Set(rows.map((r) => r[query.sort as 'approver' | 'driver']))].filter(Boolean).slice(0, SORTED_PEOPLE);
}

async function lookUp(deps: DaciDeps, accountIds: string[]): Promise<Record<string, Person>> {
  if (accountIds.length === 0) return {};
  const read = await deps.people.lookUp(confluenceAsApp(deps), accountIds);
  // Names only decorate the register: without them it still lists every decision.
  return read.ok ? read.value : {};
}

/**
 * `getRegister`: one page of the space's decision register. Only pages Confluence lets the caller
 * view (asked as the caller) contribute decisions; the rest of the work is storage reads.
 */
export async function getRegister(deps: DaciDeps, request: ResolverRequest): Promise<Envelope<RegisterData>> {
  const say = await sayFor(deps, request);
  const placement = spacePlacementOf(request.context, say);
  if (!placement.ok) return placement;
  const query = parsePayload(registerQuerySchema, request.payload, say);
  if (!query.ok) return query;
  const { accountId, spaceId, timezone } = placement.placement;
  const listed = await spacePageIds(deps.store, spaceId);
  if (!listed.ok) return failure('RECORDS_INVALID', say('daciErrors.registerUnreadable'));
  // Confluence and storage are asked at once (both are round trips); pages the caller may not view are dropped unread by anyone.
  const [viewable, indexed] = await Promise.all([
    viewablePages(confluenceAsUser(deps), listed.pageIds),
    loadSpaceDecisions(deps.store, spaceId, listed.pageIds),
  ]);
  if (!viewable.ok) return confluenceFailure(viewable, say);
  const pages = indexed.pages.filter((p) => viewable.value.pages.has(p.entry.pageId));
  const unreadable = indexed.unreadable.filter((id) => viewable.value.pages.has(id)).length;
  const titled = pages.map((p) => ({ ...p, entry: { ...p.entry, title: viewable.value.pages.get(p.entry.pageId)?.title ?? p.entry.title } }));
  const today = todayIn(timezone, new Date(deps.clock.now()));
  const rows = registerRows(titled, today);
  const sortNames = await lookUp(deps, sortedPeople(rows, query.value));
  const view = registerView(rows, query.value, accountId, (id) => ownEntry(sortNames, id)?.displayName);
  const people = {
    ...sortNames,
    ...(await lookUp(
      deps,
      peopleOfView(view).filter((id) => ownEntry(sortNames, id) === undefined),
    )),
  };
  const base = viewable.value.base;
  return success({
    ...view,
    rows: view.rows.map((row) => {
      const url = viewable.value.pages.get(row.pageId)?.url;
      return url ? { ...row, pageUrl: url } : row;
    }),
    pageSize: REGISTER_PAGE_SIZE,
    viewerAccountId: accountId,
    today,
    people,
    ...(base ? { siteUrl: base.replace(/\/wiki\/?$/, '') } : {}),
    unreadablePages: unreadable,
  });
}
