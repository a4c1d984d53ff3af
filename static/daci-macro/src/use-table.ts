import { useCallback, useEffect, useState } from 'react';
import type { Envelope, ResolverError, TableData } from './types';

export type Load = { state: 'loading' } | { state: 'failed'; error: ResolverError } | { state: 'loaded'; data: TableData };

/**
 * The table from the screen's one `getTable` call, which the entry starts before React mounts;
 * `replace` takes the fresh data a sign-off answers with.
 */
export function useTable(firstTable: Promise<Envelope<TableData>>) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    void firstTable.then((answer) => setLoad(answer.ok ? { state: 'loaded', data: answer.data } : { state: 'failed', error: answer.error }));
  }, [firstTable]);
  const replace = useCallback((data: TableData) => setLoad({ state: 'loaded', data }), []);
  return { load, replace };
}
