import { DECISION_STATUSES, IMPACTS } from '../../daci/daci-values';
import type { RegisterQuery } from './register-query';
import type { RegisterRow } from './register-row';

type Key = string | number | undefined;

const rank = <T extends string>(order: readonly T[], value: T | undefined): number | undefined => (value === undefined ? undefined : order.indexOf(value));

function keyOf(row: RegisterRow, sort: RegisterQuery['sort'], nameOf: (accountId: string) => string | undefined): Key {
  switch (sort) {
    case 'title':
      return row.title.toLocaleLowerCase();
    case 'status':
      return rank(DECISION_STATUSES, row.status);
    case 'impact':
      // High first when ascending, as a triage reads it.
      return rank(IMPACTS, row.impact);
    case 'approver':
      return nameOf(row.approver)?.toLocaleLowerCase();
    case 'driver':
      return nameOf(row.driver)?.toLocaleLowerCase();
    case 'due':
      return row.due;
    case 'page':
      return row.pageTitle.toLocaleLowerCase();
    case 'changed':
      return row.change?.at;
  }
}

const compareKeys = (a: Key, b: Key): number => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)));

/**
 * The rows in the query's order. Rows without the sorted value (no due date, no known name, never
 * changed) come last in either direction; ties keep page order, so paging is stable.
 */
export function sortRows(
  rows: readonly RegisterRow[],
  query: Pick<RegisterQuery, 'sort' | 'order'>,
  nameOf: (accountId: string) => string | undefined,
): RegisterRow[] {
  const direction = query.order === 'desc' ? -1 : 1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row, query.sort, nameOf) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
    return direction * compareKeys(a.key, b.key) || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}
