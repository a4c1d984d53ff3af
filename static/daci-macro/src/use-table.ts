import { useCallback, useEffect, useState } from 'react';
import type { EarlyAnswer } from '../../shared/early-answer';
import type { FirstTable } from './first-table';
import { shownPeople, type ShownPeople } from './people';
import type { ResolverError, TableData } from './types';

export type Load =
  { state: 'loading' } | { state: 'failed'; error: ResolverError } | { state: 'loaded'; data: TableData; people: ShownPeople; siteUrl: string | undefined };

const loaded = (data: TableData, siteUrl: string | undefined): Load => ({
  state: 'loaded',
  data,
  people: data.state === 'ready' ? shownPeople(data.people, siteUrl) : {},
  siteUrl,
});

const loadOf = ({ answer, siteUrl }: FirstTable): Load => (answer.ok ? loaded(answer.data, siteUrl) : { state: 'failed', error: answer.error });

/**
 * The table from the screen's one `getTable` call, which the entry starts before React mounts
 * (drawn at once if it is already in); `replace` takes the fresh data a sign-off answers with.
 */
export function useTable(firstTable: EarlyAnswer<FirstTable>) {
  const [load, setLoad] = useState<Load>(() => {
    const first = firstTable.settled();
    return first ? loadOf(first.value) : { state: 'loading' };
  });
  useEffect(() => {
    // Only the first answer is awaited here; later tables come through `replace`.
    if (!firstTable.settled()) void firstTable.promise.then((first) => setLoad(loadOf(first)));
  }, [firstTable]);
  // A sign-off can only follow the first answer, so the site's URL is known by then.
  const replace = useCallback((data: TableData) => setLoad(loaded(data, firstTable.settled()?.value.siteUrl)), [firstTable]);
  const where = firstTable.settled()?.value.where ?? {};
  return { load, replace, where };
}
