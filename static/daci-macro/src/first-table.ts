import { view } from '@forge/bridge';
import { earlyAnswer, type EarlyAnswer } from '../../shared/early-answer';
import { call } from './call';
import type { Envelope, TableData } from './types';
import type { Where } from '../../shared/when';
import { sharedTranslate } from '../../shared/i18n';

/** The `getTable` answer, the site's URL for people's avatars (their pictures are paths on the site), and the viewer's locale and time zone. */
export interface FirstTable {
  answer: Envelope<TableData>;
  siteUrl: string | undefined;
  where: Where;
}

const context = view.getContext().then(
  (c) => ({ siteUrl: typeof c.siteUrl === 'string' ? c.siteUrl : undefined, where: { locale: c.locale, timeZone: c.timezone } }),
  () => ({ siteUrl: undefined, where: {} }),
);

/**
 * The view's one backend call and its context request, sent when this module is evaluated. The
 * entry imports it first, so both are on their way while React's modules are still being evaluated.
 */
export const firstTable: EarlyAnswer<FirstTable> = earlyAnswer(
  Promise.all([call<TableData>('getTable'), context]).then(([answer, { siteUrl, where }]) => ({ answer, siteUrl, where })),
);

/** The viewer's translations, asked for alongside the table (two small static files). */
export const firstTranslate = earlyAnswer(sharedTranslate());
