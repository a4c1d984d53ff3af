import { view } from '@forge/bridge';
import { callResolver } from '../../shared/call-resolver';
import { earlyAnswer, type EarlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import type { Envelope, InsightsData } from './types';

/**
 * The page's first backend call, sent when this module is evaluated: the entry imports it first,
 * so the call is on its way while React and Atlaskit are still being evaluated.
 */
export const firstInsights: EarlyAnswer<Envelope<InsightsData>> = earlyAnswer(callResolver<InsightsData>('page', 'getInsights', {}));

/** The viewer's translations, asked for alongside. */
export const firstTranslate = earlyAnswer(sharedTranslate());

/** The site's address, for links to work items and to JQL searches. */
export const siteUrl: Promise<string | undefined> = view.getContext().then(
  (c) => (typeof c.siteUrl === 'string' ? c.siteUrl : undefined),
  () => undefined,
);
