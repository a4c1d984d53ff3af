import { useCallback, useEffect, useState } from 'react';
import type { EarlyAnswer } from '../../shared/early-answer';
import { shownPeople, type ShownPeople } from './people';
import type { Envelope, ResolverError, TableData } from './types';

export type Load =
  | { state: 'loading' }
  | { state: 'failed'; error: ResolverError }
  | { state: 'loaded'; data: TableData; people: ShownPeople };

const loaded = (data: TableData, siteUrl: string | undefined): Load =>
  ({ state: 'loaded', data, people: data.state === 'ready' ? shownPeople(data.people, siteUrl) : {} });

const loadOf = (answer: Envelope<TableData>, siteUrl: string | undefined): Load =>
  (answer.ok ? loaded(answer.data, siteUrl) : { state: 'failed', error: answer.error });

/**
 * The table from the screen's one `getTable` call, which the entry starts before React mounts,
 * with the site's URL for avatars (drawn at once if both are already in); `replace` takes the
 * fresh data a sign-off answers with.
 */
export function useTable(firstTable: EarlyAnswer<Envelope<TableData>>, firstSiteUrl: EarlyAnswer<string | undefined>) {
  const [load, setLoad] = useState<Load>(() => {
    const answer = firstTable.settled();
    const site = firstSiteUrl.settled();
    return answer && site ? loadOf(answer.value, site.value) : { state: 'loading' };
  });
  const [siteUrl, setSiteUrl] = useState(() => firstSiteUrl.settled()?.value);
  useEffect(() => {
    if (load.state !== 'loading') return;
    void Promise.all([firstTable.promise, firstSiteUrl.promise]).then(([answer, site]) => {
      setSiteUrl(site);
      setLoad(loadOf(answer, site));
    });
    // Only the first answer is awaited here; later tables come through `replace`.
  }, [firstTable, firstSiteUrl]);
  const replace = useCallback((data: TableData) => setLoad(loaded(data, siteUrl)), [siteUrl]);
  return { load, replace };
}
