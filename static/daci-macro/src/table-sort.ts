import type { Decision } from './types';
import { nameOf, type ShownPeople } from './people';

export type SortKey = 'title' | 'status' | 'impact' | 'driver' | 'approver' | 'due';
export type SortOrder = 'ASC' | 'DESC';
export interface Sort {
  key: SortKey;
  order: SortOrder;
}

export const DEFAULT_SORT: Sort = { key: 'due', order: 'ASC' };

const STATUS_RANK = { 'in-progress': 0, 'not-started': 1, deferred: 2, decided: 3 } as const;
const IMPACT_RANK = { high: 0, medium: 1, low: 2 } as const;

function keyOf(d: Decision, key: SortKey, people: ShownPeople, unknownName: string): string | number {
  switch (key) {
    case 'title':
      return d.title;
    case 'status':
      return STATUS_RANK[d.status];
    case 'impact':
      return IMPACT_RANK[d.impact];
    case 'driver':
      return nameOf(people, d.driver) || unknownName;
    case 'approver':
      return nameOf(people, d.approver) || unknownName;
    case 'due':
      return d.due ?? '9999-99-99';
  }
}

/** Text as people read it ("Decision 2" before "Decision 10"), ranks and dates as they are. */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const compareKeys = (a: string | number, b: string | number) =>
  typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;

/** Every decision in the order asked for (a stable sort: equal keys keep the table's order); people by the names shown, `unknownName` for one Confluence did not name. */
export function sortDecisions(decisions: readonly Decision[], sort: Sort, people: ShownPeople, unknownName = 'Unknown person'): Decision[] {
  const keyed = decisions.map((d, i) => ({ d, i, k: keyOf(d, sort.key, people, unknownName) }));
  const sign = sort.order === 'ASC' ? 1 : -1;
  keyed.sort((a, b) => sign * compareKeys(a.k, b.k) || a.i - b.i);
  return keyed.map((x) => x.d);
}
