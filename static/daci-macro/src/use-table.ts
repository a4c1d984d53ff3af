import { useCallback, useEffect, useState } from 'react';
import { call } from './call';
import type { ResolverError, TableData } from './types';

export type Load = { state: 'loading' } | { state: 'failed'; error: ResolverError } | { state: 'loaded'; data: TableData };

/** The table from one `getTable` call; `replace` takes the fresh data a sign-off answers with. */
export function useTable() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    void call<TableData>('getTable').then((answer) => setLoad(answer.ok ? { state: 'loaded', data: answer.data } : { state: 'failed', error: answer.error }));
  }, []);
  const replace = useCallback((data: TableData) => setLoad({ state: 'loaded', data }), []);
  return { load, replace };
}
