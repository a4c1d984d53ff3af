import type { Gate } from '../domain/gates/gate-schema';
import type { GateSet } from './read-gate-set';
import type { HistoryEntry } from './gate-history';
import type { ReindexStatus } from '../search-index/reindex-job';

export const RECENT_CHANGES = 10;

/** A gate set as the configuration screens show it: the gates, the revision to send back, the last changes (newest first). */
export interface GateSetState {
  gates: Gate[];
  saved: boolean;
  revision: number;
  recentChanges: HistoryEntry[];
  /** How many of the oldest changes the history no longer holds (storage limits). */
  droppedChanges?: number;
  /** Display names of the people in `recentChanges` and those the gates name, by accountId (filled by withNames). */
  names?: Record<string, string>;
  /** The re-index of the project's search summaries a change started, or one under way (src/search-index). */
  reindex?: ReindexStatus;
}

export const gateSetState = (set: GateSet): GateSetState => ({
  gates: set.gates,
  saved: set.saved,
  revision: set.history.revision,
  recentChanges: set.history.entries.slice(-RECENT_CHANGES).reverse(),
  ...(set.history.dropped ? { droppedChanges: set.history.dropped } : {}),
});
