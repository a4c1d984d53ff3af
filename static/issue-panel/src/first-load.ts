import { earlyAnswer } from '../../shared/early-answer';
import { callResolver } from './call-resolver';
import { forgeWhere } from '../../shared/forge-where';
import type { Where } from '../../shared/when';
import { sharedTranslate } from '../../shared/i18n';

export type { Where };

/**
 * The panel's one backend call and its context request, sent when this module is evaluated:
 * the entry imports it first, so both are on their way while React and the panel's modules are
 * evaluated.
 */
export const firstPanel = earlyAnswer(callResolver('getPanel', { withNext: true }));

/** The viewer's locale and time zone, for dates and names; nothing when the context cannot be read. */
export const firstWhere = earlyAnswer<Where>(forgeWhere());

/** The viewer's translations, asked for alongside the backend call (two small static files). */
export const firstTranslate = earlyAnswer(sharedTranslate());
