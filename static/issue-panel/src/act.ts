import type { Envelope, PanelData } from './types';
import type { WriteName } from './use-panel';

/** Runs one write and announces the outcome; the caller shows a refusal next to what was acted on. */
export type Act = (name: WriteName, payload: Record<string, unknown>, done: string) => Promise<Envelope<PanelData>>;
