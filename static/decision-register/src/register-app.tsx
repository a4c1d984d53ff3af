import { useCallback } from 'react';
import Spinner from '@atlaskit/spinner';
import { callResolver } from '../../shared/call-resolver';
import type { EarlyAnswer } from '../../shared/early-answer';
import { ErrorMessage } from '../../shared/error-message';
import { useQueried } from '../../shared/use-queried';
import { useT } from '../../shared/use-t';
import { FIRST_QUERY } from './first-register';
import { RegisterFilters } from './register-filters';
import { RegisterTable } from './register-table';
import type { Envelope, RegisterData, RegisterQueryInput } from './types';

const ask = (query: RegisterQueryInput) => callResolver<RegisterData>('page', 'getRegister', { ...query });

/**
 * The space's decision register: filters, one page of decisions, and the way to the next. One
 * backend call per load (sent by the entry, drawn at once if already in) or change.
 */
export function RegisterApp({ first }: { first: EarlyAnswer<Envelope<RegisterData>> }) {
  const t = useT();
  const { query, setQuery, data, error, loading } = useQueried(first, FIRST_QUERY, ask);
  // A change of filter starts again at the first page; a change of page keeps the filters.
  const refine = useCallback((change: Partial<RegisterQueryInput>) => setQuery((was) => ({ ...was, page: 1, ...change })), [setQuery]);
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
