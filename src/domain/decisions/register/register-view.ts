import { matchesQuery } from './filter-rows';
import { registerFacets, type RegisterFacets } from './register-facets';
import { REGISTER_PAGE_SIZE, type RegisterQuery } from './register-query';
import type { RegisterRow } from './register-row';
import { sortRows } from './sort-rows';

/** One page of the register's results, with what its filters offer. */
export interface RegisterView {
  rows: RegisterRow[];
  /** Decisions the viewer may see in the space, and how many pass the filters. */
  total: number;
  matched: number;
  /** The page shown (the last one when the query asked past it) and how many there are. */
  page: number;
  pageCount: number;
  facets: RegisterFacets;
}

/** Filters, sorts and pages the rows for the caller `me`; `nameOf` gives the names people are sorted by. */
export function registerView(all: readonly RegisterRow[], query: RegisterQuery, me: string, nameOf: (accountId: string) => string | undefined): RegisterView {
  const matched = sortRows(
    all.filter((row) => matchesQuery(row, query, me)),
    query,
    nameOf,
  );
  const pageCount = Math.max(1, Math.ceil(matched.length / REGISTER_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    rows: matched.slice((page - 1) * REGISTER_PAGE_SIZE, page * REGISTER_PAGE_SIZE),
    total: all.length,
    matched: matched.length,
    page,
    pageCount,
    facets: registerFacets(all, me),
  };
}

/** The people a register view names: its rows' Approvers, Drivers and changers, and the filters' people. */
export const peopleOfView = (view: RegisterView): string[] => [
  ...new Set(
    [...view.rows.flatMap((r) => [r.approver, r.driver, ...(r.change ? [r.change.by] : [])]), ...view.facets.approvers, ...view.facets.drivers].filter(Boolean),
  ),
];
