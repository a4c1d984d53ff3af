import { useCallback, useEffect, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import { callResolver } from '../../shared/call-resolver';
import type { EarlyAnswer } from '../../shared/early-answer';
import { ErrorMessage, type ShownError } from '../../shared/error-message';
import { useT } from '../../shared/use-t';
import { FIRST_QUERY } from './first-register';
import { RegisterFilters } from './register-filters';
import { RegisterTable } from './register-table';
import type { Envelope, RegisterData, RegisterQueryInput } from './types';

interface Answered {
  query: RegisterQueryInput;
  data?: RegisterData;
  error?: ShownError;
}

const answeredOf = (query: RegisterQueryInput, answer: Envelope<RegisterData>): Answered =>
  answer.ok ? { query, data: answer.data } : { query, error: answer.error };

/**
 * The space's decision register: filters, one page of decisions, and the way to the next. One
 * backend call per load (sent by the entry, drawn at once if already in) or change.
 */
export function RegisterApp({ first }: { first: EarlyAnswer<Envelope<RegisterData>> }) {
  const t = useT();
  const [query, setQuery] = useState<RegisterQueryInput>(FIRST_QUERY);
  // The latest answer and the query it answers: the register is loading while they differ.
  const [answered, setAnswered] = useState<Answered | undefined>(() => {
    const settled = first.settled();
    return settled ? answeredOf(FIRST_QUERY, settled.value) : undefined;
  });
  const [data, setData] = useState<RegisterData | undefined>(answered?.data);
  useEffect(() => {
    let current = true;
    const answer = query === FIRST_QUERY ? first.promise : callResolver<RegisterData>('page', 'getRegister', { ...query });
    void answer.then((reply) => {
      if (!current) return;
      if (reply.ok) setData(reply.data);
      setAnswered(answeredOf(query, reply));
    });
    return () => {
      current = false;
    };
  }, [query, first]);
  // A change of filter starts again at the first page; a change of page keeps the filters.
  const refine = useCallback((change: Partial<RegisterQueryInput>) => setQuery((was) => ({ ...was, page: 1, ...change })), []);
  const loading = answered?.query !== query;
  return (
    <main className="reg" aria-busy={loading}>
      <h1 className="reg-heading">{t('register.heading')}</h1>
      {answered?.error && <ErrorMessage error={answered.error} testId="register-error" />}
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
