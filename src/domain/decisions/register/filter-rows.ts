import type { RegisterQuery } from './register-query';
import type { RegisterRow } from './register-row';

/** Whether the caller (`me`) still owes this decision an approval: they are its Approver and have none that is current. */
export const awaitsSignOffFrom = (row: RegisterRow, me: string): boolean =>
  row.approver === me && row.status !== 'deferred' && (row.signOff === 'none' || row.signOff === 'stale');

const containsText = (row: RegisterRow, words: readonly string[]) => {
  const text = `${row.title}\n${row.pageTitle}\n${row.id}`.toLocaleLowerCase();
  return words.every((word) => text.includes(word));
};

/** Whether a row passes every filter of the query. */
export function matchesQuery(row: RegisterRow, query: RegisterQuery, me: string): boolean {
  if (query.statuses.length > 0 && !query.statuses.includes(row.status)) return false;
  if (query.impacts.length > 0 && (row.impact === undefined || !query.impacts.includes(row.impact))) return false;
  if (query.approver !== undefined && row.approver !== query.approver) return false;
  if (query.driver !== undefined && row.driver !== query.driver) return false;
  if (query.dueFrom !== undefined && (row.due === undefined || row.due < query.dueFrom)) return false;
  if (query.dueTo !== undefined && (row.due === undefined || row.due > query.dueTo)) return false;
  if (query.awaitingMe && !awaitsSignOffFrom(row, me)) return false;
  if (query.overdue && !row.overdue) return false;
  if (query.stale && row.signOff !== 'stale') return false;
  const words = query.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 || containsText(row, words);
}
