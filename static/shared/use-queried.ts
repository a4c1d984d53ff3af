import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Envelope } from '../../src/resolvers/envelope';
import type { EarlyAnswer } from './early-answer';
import type { ShownError } from './error-message';

interface Answered<Q, D> {
  query: Q;
  data?: D;
  error?: ShownError;
}

export interface Queried<Q, D> {
  query: Q;
  setQuery: Dispatch<SetStateAction<Q>>;
  /** The latest data answered (kept while a newer query loads). */
  data: D | undefined;
  /** The latest answer's error, if it failed. */
  error: ShownError | undefined;
  /** True while the answer to the current query is not in. */
  loading: boolean;
}

const answeredOf = <Q, D>(query: Q, answer: Envelope<D>): Answered<Q, D> => (answer.ok ? { query, data: answer.data } : { query, error: answer.error });

/**
 * A screen's one backend call per query: the first query's answer comes from the call its entry
 * sent early (drawn at once if it is already in); each later query asks `ask` (a stable function).
 * An answer that arrives after a newer query was made is dropped.
 */
export function useQueried<Q, D>(first: EarlyAnswer<Envelope<D>>, firstQuery: Q, ask: (query: Q) => Promise<Envelope<D>>): Queried<Q, D> {
  const [query, setQuery] = useState<Q>(firstQuery);
  const [answered, setAnswered] = useState<Answered<Q, D> | undefined>(() => {
    const settled = first.settled();
    return settled ? answeredOf(firstQuery, settled.value) : undefined;
  });
  const [data, setData] = useState<D | undefined>(answered?.data);
  useEffect(() => {
    let current = true;
    const answer = query === firstQuery ? first.promise : ask(query);
    void answer.then((reply) => {
      if (!current) return;
      if (reply.ok) setData(reply.data);
      setAnswered(answeredOf(query, reply));
    });
    return () => {
      current = false;
    };
  }, [query, first, firstQuery, ask]);
  return { query, setQuery, data, error: answered?.error, loading: answered?.query !== query };
}
