import type { PanelData } from './panel-data';

/**
 * The panel emits this `@forge/bridge` event with its fresh PanelData after every change it
 * makes, so the item's context view shows the change without a second backend call.
 */
export const PANEL_CHANGED_EVENT = 'shipshape.panel-changed';

/** Accepts an event's data only for the same item and at least as new (events may cross). */
export function isNewerPanelOf(current: PanelData, payload: unknown): payload is PanelData {
  if (typeof payload !== 'object' || payload === null) return false;
  const candidate = payload as Partial<PanelData>;
  return (
    candidate.issue?.id === current.issue.id &&
    typeof candidate.revision === 'number' &&
    candidate.revision >= current.revision &&
    Array.isArray(candidate.gates) &&
    typeof candidate.handoff === 'object'
  );
}
