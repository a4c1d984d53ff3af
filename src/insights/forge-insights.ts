import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { forgeKvsStore } from '../adapters/forge-kvs-store';
import { systemClock } from '../ports/clock';
import { consumeGateEvent } from './consume-gate-event';
import { pruneInsights } from './prune-insights';

/** The consumer of the `gate-events` queue: counts one event; asks for a redelivery when its commit kept meeting other writers. */
export async function countGateEvent(event: AsyncEvent): Promise<InvocationError | undefined> {
  const outcome = await consumeGateEvent(event.body, { store: forgeKvsStore, clock: systemClock });
  if (outcome !== 'retry') return undefined;
  return new InvocationError({ retryAfter: 5, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
}

/** The daily retention run; it stops well inside Forge's limit and the next run goes on. */
export async function pruneInsightsDaily(): Promise<void> {
  const pruned = await pruneInsights(forgeKvsStore, systemClock, systemClock.now() + 20_000);
  if (pruned.weeks > 0 || !pruned.done)
    console.log(`shipshape: insights retention removed ${pruned.weeks} project weeks${pruned.done ? '' : ', more next run'}`);
}
