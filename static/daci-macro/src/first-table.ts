import { view } from '@forge/bridge';
import { earlyAnswer, type EarlyAnswer } from '../../shared/early-answer';
import { call } from './call';
import type { Envelope, TableData } from './types';

/** The `getTable` answer, and the site's URL for people's avatars (their pictures are paths on the site). */
export interface FirstTable {
  answer: Envelope<TableData>;
  siteUrl: string | undefined;
}

const siteUrl = view.getContext().then(
  (context) => (typeof context.siteUrl === 'string' ? context.siteUrl : undefined),
  () => undefined,
);

/**
 * The view's one backend call and its context request, sent when this module is evaluated. The
 * entry imports it first, so both are on their way while React's modules are still being evaluated.
 */
export const firstTable: EarlyAnswer<FirstTable> = earlyAnswer(
  Promise.all([call<TableData>('getTable'), siteUrl]).then(([answer, url]) => ({ answer, siteUrl: url })),
);
