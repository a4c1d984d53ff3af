import type { VerificationHistory } from '../records/verification-history';
import type { Verification } from '../domain/records/records-schema';
import { resultView } from './handoff-view';
import type { PanelData } from './panel-data';

/** How many of one behaviour's results the panel is sent: far more than a behaviour gathers in practice. */
export const HISTORY_RESULTS_SHOWN = 50;

/**
 * One behaviour's results, newest first; `incomplete` when older ones are not kept (the item's
 * history is capped) or not sent. The current result leads even when the history lacks it (a
 * result recorded before the app kept histories).
 */
export function historyView(history: VerificationHistory, behaviourId: string, current: Verification | undefined): NonNullable<PanelData['history']> {
  const kept = history.entries.filter((e) => e.behaviourId === behaviourId).reverse();
  const known = !current || kept.some((e) => e.at === current.at && e.accountId === current.accountId);
  const all = known ? kept : [current, ...kept];
  const results = all.slice(0, HISTORY_RESULTS_SHOWN).map(resultView);
  return { behaviourId, results, incomplete: history.dropped > 0 || all.length > results.length };
}
