import { events } from '@forge/bridge';
import { CHECK_SHOWN_EVENT, isCheckRequestFor, SHOW_CHECK_EVENT, type CheckRequest } from '../../../src/resolvers/panel-event';

/** How long the panel has to answer: both frames are on the same page, so an open panel answers at once. */
const PANEL_ANSWER_MS = 1500;

const sameCheck = (a: CheckRequest, b: CheckRequest) => a.gateId === b.gateId && a.criterionId === b.criterionId;

/** Asks the item's Shipshape panel to show a check; false when no panel answered (it is not open on the page). */
export async function askPanelToShow(request: CheckRequest): Promise<boolean> {
  let answered: () => void = () => undefined;
  const shown = new Promise<boolean>((resolve) => (answered = () => resolve(true)));
  const subscription = events.on(CHECK_SHOWN_EVENT, async (payload: unknown) => {
    if (isCheckRequestFor(request.issueId, payload) && sameCheck(payload, request)) answered();
  });
  try {
    await subscription;
    // The wait starts before the emit: delivering to a frame that has gone may never settle.
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PANEL_ANSWER_MS));
    void events.emit(SHOW_CHECK_EVENT, request).catch(() => undefined);
    return await Promise.race([shown, late]);
  } catch {
    return false;
  } finally {
    void subscription.then(
      (s) => s.unsubscribe(),
      () => undefined,
    );
  }
}
