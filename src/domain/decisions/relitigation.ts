import { FACETS, INDEX_LIMITS, type Facet, type HistoryEntry, type IndexedDecision } from './index-schema';

/** The page version being indexed: who saved it and when. */
export interface PageChange {
  version: number;
  by: string;
  at: string;
}

const keyOf = (d: Pick<IndexedDecision, 'localId' | 'id'>) => `${d.localId}\u0000${d.id}`;

const changedFacets = (before: IndexedDecision, after: IndexedDecision): Facet[] => FACETS.filter((f) => before.facets[f] !== after.facets[f]);

/**
 * The page's decisions with when each became decided, and what this version did to decisions
 * that were decided before it: `reopened` (no longer decided) or `changed` (still decided, its
 * title, outcome, options or roles edited). A decision decided for the first time gets this
 * version as its decision; one decided before keeps it.
 */
export function relitigations(
  previous: readonly IndexedDecision[] | undefined,
  next: readonly IndexedDecision[],
  change: PageChange,
): { decisions: IndexedDecision[]; entries: HistoryEntry[] } {
  const before = new Map((previous ?? []).map((d) => [keyOf(d), d]));
  const entries: HistoryEntry[] = [];
  const decisions = next.map((d): IndexedDecision => {
    const { decided: _fresh, ...rest } = d;
    const old = before.get(keyOf(d));
    const wasDecided = old?.status === 'decided' && old.decided !== undefined ? old.decided : undefined;
    if (wasDecided && d.status !== 'decided') {
      entries.push({
        localId: d.localId,
        id: d.id,
        kind: 'reopened',
        changed: changedFacets(old!, d),
        by: change.by,
        at: change.at,
        pageVersion: change.version,
        decided: wasDecided,
      });
      return rest;
    }
    if (d.status !== 'decided') return rest;
    if (!wasDecided) return { ...rest, decided: { version: change.version, at: change.at } };
    const changed = changedFacets(old!, d);
    if (changed.length > 0)
      entries.push({ localId: d.localId, id: d.id, kind: 'changed', changed, by: change.by, at: change.at, pageVersion: change.version, decided: wasDecided });
    return { ...rest, decided: wasDecided };
  });
  return { decisions, entries };
}

/** The page's history with `entries` appended, the oldest dropped beyond the bound. */
export const withEntries = (history: readonly HistoryEntry[], entries: readonly HistoryEntry[]): HistoryEntry[] =>
  [...history, ...entries].slice(-INDEX_LIMITS.historyEntries);
