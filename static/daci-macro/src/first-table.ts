import { view } from '@forge/bridge';
import { earlyAnswer } from '../../shared/early-answer';
import { call } from './call';
import type { TableData } from './types';

/**
 * The view's one backend call, sent when this module is evaluated. The entry imports it first,
 * so the request is on its way while React's modules are still being evaluated.
 */
export const firstTable = earlyAnswer(call<TableData>('getTable'));

/** The site's URL, for people's avatars (their pictures are paths on the site); asked for at the same moment. */
export const firstSiteUrl = earlyAnswer<string | undefined>(view.getContext().then(
  (context) => (typeof context.siteUrl === 'string' ? context.siteUrl : undefined),
  () => undefined,
));
