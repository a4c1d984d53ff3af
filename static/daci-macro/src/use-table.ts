import { useCallback, useEffect, useState } from 'react';
import { shownPeople, type ShownPeople } from './people';
import type { Envelope, ResolverError, TableData } from './types';

export type Load =
  | { state: 'loading' }
  | { state: 'failed'; error: ResolverError }
  | { state: 'loaded'; data: TableData; people: ShownPeople };

const loaded = (data: TableData, siteUrl: string | undefined): Load =>
  ({ state: 'loaded', data, people: data.state === 'ready' ? shownPeople(data.people, siteUrl) : {} });

/**
 * The table from the screen's one `getTable` call, which the entry starts before React mounts,
 * with the site's URL for avatars; `replace` takes the fresh data a sign-off answers with.
 */
export function useTable(firstTable: Promise<Envelope<TableData>>, firstSiteUrl: Promise<string | undefined>) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [siteUrl, setSiteUrl] = useState<string | undefined>();
  useEffect(() => {
    void Promise.all([firstTable, firstSiteUrl]).then(([answer, site]) => {
      setSiteUrl(site);
      setLoad(answer.ok ? loaded(answer.data, site) : { state: 'failed', error: answer.error });
    });
  }, [firstTable, firstSiteUrl]);
  const replace = useCallback((data: TableData) => setLoad(loaded(data, siteUrl)), [siteUrl]);
  return { load, replace };
}
