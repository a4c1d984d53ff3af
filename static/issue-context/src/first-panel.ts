import { earlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import { getPanel } from './get-panel';

/** The screen's one backend call, sent when the entry is evaluated, before React and the view are. */
export const firstPanel = earlyAnswer(getPanel());

/** The person's translations, read alongside the backend call (two small static files). */
export const firstTranslate = earlyAnswer(sharedTranslate());

export type FirstPanel = typeof firstPanel;
export type FirstTranslate = typeof firstTranslate;
