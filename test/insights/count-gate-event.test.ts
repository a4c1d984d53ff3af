/** The consumer function's answer to Forge: nothing when counted, an InvocationError (a redelivery) when its commit kept meeting other writers. */
const consumed: { next: string } = { next: 'recorded' };
jest.mock('../../src/insights/consume-gate-event', () => ({ consumeGateEvent: async () => consumed.next }));

import { countGateEvent } from '../../src/insights/forge-insights';

const event = { body: {}, jobId: 'job-1' } as never;

it('asks Forge to deliver the event again only when it could not be counted for contention', async () => {
  consumed.next = 'recorded';
  expect(await countGateEvent(event)).toBeUndefined();
  consumed.next = 'refused';
  expect(await countGateEvent(event)).toBeUndefined();
  consumed.next = 'retry';
  expect(await countGateEvent(event)).toEqual({ _retry: true, retryOptions: { retryAfter: 5, retryReason: 'FUNCTION_RETRY_REQUEST' } });
});
