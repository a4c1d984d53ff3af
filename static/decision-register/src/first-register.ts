import { callResolver } from '../../shared/call-resolver';
import { earlyAnswer, type EarlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import type { Envelope, RegisterData, RegisterQueryInput } from './types';

/** What the register shows first: every decision, by due date. */
export const FIRST_QUERY: RegisterQueryInput = { sort: 'due', order: 'asc', page: 1 };

/**
 * The register's first backend call, sent when this module is evaluated: the entry imports it
 * first, so the call is on its way while React and Atlaskit are still being evaluated.
 */
export const firstRegister: EarlyAnswer<Envelope<RegisterData>> = earlyAnswer(callResolver<RegisterData>('page', 'getRegister', { ...FIRST_QUERY }));

/** The viewer's translations, asked for alongside. */
export const firstTranslate = earlyAnswer(sharedTranslate());
