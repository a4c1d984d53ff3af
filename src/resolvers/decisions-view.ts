import { getPage } from '../confluence/get-page';
import type { LinkedDecisions } from '../domain/decisions/linked-decisions';
import type { ItemDecision, SignOffStanding } from '../domain/decisions/index-schema';
import type { IssueResolverDeps } from './resolver-deps';

export interface DecisionView {
  pageId: string;
  pageTitle: string;
  pageUrl?: string;
  id: string;
  title: string;
  status: ItemDecision['status'];
  approver: string;
  signOff: SignOffStanding;
  due?: string;
}

/**
 * The DACI decisions that link the item, as the viewer may see them: only decisions on pages
 * Confluence lets the viewer view (asked as the viewer); the others are only counted (`hidden`).
 */
export interface DecisionsView {
  state: 'read' | 'unreadable';
  shown: DecisionView[];
  hidden: number;
  /** Decisions that link the item but did not fit the index. */
  omitted: number;
}

/** Pages asked about per panel load; decisions on further pages are counted as hidden. */
const PAGES_CHECKED = 20;

export async function decisionsView(deps: IssueResolverDeps, linked: LinkedDecisions | undefined): Promise<DecisionsView | undefined> {
  if (linked === undefined) return undefined;
  if (linked.state === 'unreadable') return { state: 'unreadable', shown: [], hidden: 0, omitted: 0 };
  const { decisions, omitted } = linked;
  if (decisions.length === 0 || !deps.confluenceAsUser) return { state: 'read', shown: [], hidden: decisions.length, omitted };
  const access = { client: deps.confluenceAsUser, clock: deps.clock, retry: deps.retry };
  const pageIds = [...new Set(decisions.map((d) => d.pageId))].slice(0, PAGES_CHECKED);
  const pages = await Promise.all(pageIds.map((id) => getPage(access, id)));
  const visible = new Map(pages.flatMap((p) => (p.ok ? [[p.value.id, p.value] as const] : [])));
  const shown = decisions.flatMap((d): DecisionView[] => {
    const page = visible.get(d.pageId);
    if (!page) return [];
    const { pageId, id, title, status, approver, signOff, due } = d;
    return [{ pageId, pageTitle: page.title, ...(page.url ? { pageUrl: page.url } : {}), id, title, status, approver, signOff, ...(due ? { due } : {}) }];
  });
  return { state: 'read', shown, hidden: decisions.length - shown.length, omitted };
}
