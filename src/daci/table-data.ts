import type { DaciTable } from '../domain/daci/daci-schema';
import type { SignOff, SignOffState } from '../domain/daci/sign-off';
import type { Problem } from '../domain/problems';
import type { Person } from '../confluence/get-users-bulk';
import type { HistoryEntry } from '../domain/decisions/index-schema';
import type { FoundItem } from '../jira/fetch-items';

export type DecisionChange = Omit<HistoryEntry, 'localId'>;

/** A decision's latest sign-off as the row shows it, `stale` once its text or roles changed. */
export interface SignOffView {
  state: SignOffState;
  /** The decision as the table shows it now; a sign-off sends it back and is refused if it moved. */
  fingerprint: string;
  latest?: SignOff;
}

interface Common {
  /** The caller, so the view offers Approve/Reject only to a decision's Approver (the resolver checks again). */
  viewerAccountId: string;
  pageVersion: number;
  isEditing: boolean;
}

/** Everything the macro renders, from one resolver call. */
export type TableData = Common &
  (
    | { state: 'empty' }
    | { state: 'invalid'; problems: Problem[] }
    | {
        state: 'ready';
        table: DaciTable;
        signOffs: Record<string, SignOffView>;
        /** accountId → name (and avatar path); people Confluence does not know are absent. */
        people: Record<string, Person>;
        /** YYYY-MM-DD in the viewer's time zone. */
        today: string;
        /** Ids of open decisions past their due date. */
        overdue: string[];
        /** Changes made to this table's decisions after they were decided, oldest first (from the decision index). */
        history: DecisionChange[];
        /** The linked work items the viewer may see in Jira, with their status; absent when Jira could not be asked. */
        workItems?: FoundItem[];
        /** Linked keys past the first 500 of the table, not asked about (they show without a status). */
        workItemsUnchecked?: string[];
      }
  );
