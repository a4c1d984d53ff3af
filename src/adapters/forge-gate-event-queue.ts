import { Queue } from '@forge/events';
import type { SendGateEvent } from '../ports/gate-event-queue';

/** The manifest's queue (`consumer` module `gate-events-consumer`). */
export const GATE_EVENTS_QUEUE = 'gate-events';

/**
 * Forge's async events queue. One project's events are counted one at a time (a concurrency key
 * per project), so its figures rarely meet a conflicting write; different projects go in parallel.
 */
export function forgeSendGateEvent(queue = new Queue({ key: GATE_EVENTS_QUEUE })): SendGateEvent {
  return async (event) => {
    await queue.push({ body: event, concurrency: { key: `insights-${event.projectId}`, limit: 1 } });
  };
}
