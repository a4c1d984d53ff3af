import { useCallback, useEffect, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import { callResolver } from '../../shared/call-resolver';
import { ErrorMessage, type ShownError } from '../../shared/error-message';
import { useT } from '../../shared/use-t';
import { RegisterFilters } from './register-filters';
import { RegisterTable } from './register-table';
import type { RegisterData, RegisterQueryInput } from './types';

const FIRST_QUERY: RegisterQueryInput = { sort: 'due', order: 'asc', page: 1 };

/** The space's decision register: filters, one page of decisions, and the way to the next. One backend call per load or change. */
export function RegisterApp() {
  const t = useT();
  const [query, setQuery] = useState<RegisterQueryInput>(FIRST_QUERY);
  // The latest answer and the query it answers: the register is loading while they differ.
  const [answered, setAnswered] = useState<{ query: RegisterQueryInput; error?: ShownError } | undefined>();
  const [data, setData] = useState<RegisterData | undefined>();
  useEffect(() => {
    let current = true;
    void callResolver<RegisterData>('page', 'getRegister', { ...query }).then((answer) => {
      if (!current) return;
      if (answer.ok) setData(answer.data);
      setAnswered(answer.ok ? { query } : { query, error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [query]);
  const loading = answered?.query !== query;
  const error = answered?.error;
  // A change of filter starts again at the first page; a change of page keeps the filters.
  const refine = useCallback((change: Partial<RegisterQueryInput>) => setQuery((was) => ({ ...was, page: 1, ...change })), []);
  return (
    <main className="reg" aria-busy={loading}>
      <h1 className="reg-heading">{t('register.heading')}</h1>
      {error && <ErrorMessage error={error} testId="register-error" />}
      {!data && loading && (
        <div className="reg-loading">
          <Spinner size="medium" label={t('register.loading')} />
        </div>
      )}
      {data && (
        <>
          <RegisterFilters data={data} query={query} onChange={refine} />
          <RegisterTable data={data} query={query} loading={loading} onQuery={(change) => setQuery((was) => ({ ...was, ...change }))} />
        </>
      )}
    </main>
  );
}
