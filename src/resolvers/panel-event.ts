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

/**
 * The item's context view asks the panel to show one check (a failing one it lists); the panel
 * opens the check's gate, moves the focus to it and answers with CHECK_SHOWN_EVENT. No answer
 * means the panel is not open on the page.
 */
export const SHOW_CHECK_EVENT = 'shipshape.show-check';
export const CHECK_SHOWN_EVENT = 'shipshape.check-shown';

export interface CheckRequest {
  issueId: string;
  gateId: string;
  criterionId: string;
}

/** Accepts an event's data as a check request (show or shown) for this item only. */
export function isCheckRequestFor(issueId: string, payload: unknown): payload is CheckRequest {
  if (typeof payload !== 'object' || payload === null) return false;
  const candidate = payload as Partial<CheckRequest>;
  return candidate.issueId === issueId && typeof candidate.gateId === 'string' && typeof candidate.criterionId === 'string';
}
