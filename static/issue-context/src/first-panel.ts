import { earlyAnswer } from '../../shared/early-answer';
import { getPanel } from './get-panel';

/** The screen's one backend call, sent when the entry is evaluated, before React and the view are. */
export const firstPanel = earlyAnswer(getPanel());

export type FirstPanel = typeof firstPanel;
