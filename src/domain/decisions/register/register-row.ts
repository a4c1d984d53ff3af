import { isOverdue } from '../../daci/overdue';
import { daysBetween } from '../../daci/days-between';
import type { Facet, HistoryEntry, IndexedDecision, PageEntry } from '../index-schema';

/** The latest change to a decision after it was decided: "reopened 3 days after decision by …". */
export interface RegisterChange {
  kind: HistoryEntry['kind'];
  changed: Facet[];
  by: string;
  at: string;
  daysAfterDecision: number;
}

/** One decision as the register lists it. */
export interface RegisterRow {
  pageId: string;
  pageTitle: string;
  localId: string;
  id: string;
  title: string;
  status: IndexedDecision['status'];
  impact?: IndexedDecision['impact'];
  approver: string;
  driver: string;
  due?: string;
  overdue: boolean;
  signOff: IndexedDecision['signOff'];
  jiraKeys: string[];
  decidedAt?: string;
  change?: RegisterChange;
}

/** What the index holds for one page the viewer may view. */
export interface RegisterPage {
  entry: PageEntry;
  decisions: readonly IndexedDecision[];
  history: readonly HistoryEntry[];
}

const keyOf = (d: { localId: string; id: string }) => `${d.localId}\u0000${d.id}`;

function latestChanges(history: readonly HistoryEntry[]): Map<string, RegisterChange> {
  const latest = new Map<string, RegisterChange>();
  for (const h of history) latest.set(keyOf(h), { kind: h.kind, changed: h.changed, by: h.by, at: h.at, daysAfterDecision: daysBetween(h.decided.at, h.at) });
  return latest;
}

/** Every decision of the pages as a register row; `today` (YYYY-MM-DD, the viewer's) decides what is overdue. */
export function registerRows(pages: readonly RegisterPage[], today: string): RegisterRow[] {
  return pages.flatMap(({ entry, decisions, history }) => {
    const changes = latestChanges(history);
    return decisions.map((d): RegisterRow => {
      const change = changes.get(keyOf(d));
      return {
        pageId: entry.pageId,
        pageTitle: entry.title,
        localId: d.localId,
        id: d.id,
        title: d.title,
        status: d.status,
        ...(d.impact ? { impact: d.impact } : {}),
        approver: d.approver,
        driver: d.driver,
        ...(d.due ? { due: d.due } : {}),
        overdue: isOverdue(d, today),
        signOff: d.signOff,
        jiraKeys: d.jiraKeys,
        ...(d.decided ? { decidedAt: d.decided.at } : {}),
        ...(change ? { change } : {}),
      };
    });
  });
}
