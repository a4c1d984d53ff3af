import type { GateEvent } from '../domain/insights/gate-event';
import type { SendGateEvent } from '../ports/gate-event-queue';

/** The longest the person moving an item waits for their attempt to be queued. */
export const SEND_WAIT_MS = 300;

/**
 * Queues an event, waiting at most `waitMs`: insight figures never hold up a transition nor
 * change its outcome. A failed or slow send is said in the app's log (the event may be lost;
 * the transition is not).
 */
export async function sendWithin(send: SendGateEvent | undefined, event: GateEvent, waitMs = SEND_WAIT_MS): Promise<void> {
  if (!send) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs)));
  try {
    const outcome = await Promise.race([send(event).then(() => 'sent' as const), late]);
    if (outcome === 'late') console.warn(`shipshape: queuing gate event ${event.id} took over ${waitMs} ms; the transition went on without waiting`);
  } catch (error) {
    console.error(`shipshape: gate event ${event.id} could not be queued`, error);
  } finally {
    clearTimeout(timer);
  }
}
