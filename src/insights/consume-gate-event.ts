import type { Clock } from '../ports/clock';
import type { KeyValueStore } from '../ports/key-value-store';
import { gateEventSchema } from '../domain/insights/gate-event';
import { recordGateEvent } from './record-gate-event';
import { retainedFrom, retentionMonths } from './retention';

export type Consumed = 'recorded' | 'duplicate' | 'refused' | 'expired' | 'retry';

/**
 * The queue consumer's work for one event: a body that is not a gate event is refused (and said
 * in the log: retrying cannot mend it); one older than the retention period is dropped; a
 * commit that kept meeting other writers asks the queue to deliver it again ('retry').
 */
export async function consumeGateEvent(body: unknown, deps: { store: KeyValueStore; clock: Clock }): Promise<Consumed> {
  const parsed = gateEventSchema.safeParse(body);
  if (!parsed.success) {
    console.error('shipshape: a gate event that does not read was dropped', parsed.error.issues.slice(0, 3));
    return 'refused';
  }
  const event = parsed.data;
  if (event.at < retainedFrom(deps.clock.now(), await retentionMonths(deps.store))) return 'expired';
  const recorded = await recordGateEvent(deps.store, event);
  return recorded === 'contended' ? 'retry' : recorded;
}
