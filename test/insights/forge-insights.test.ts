/** The insights on Forge's own path: the real @forge/events Queue pushing, and counting through the real @forge/kvs. */
import { fakeForgeStorageApi } from '../support/fake-forge-storage-api';

const service = fakeForgeStorageApi();
jest.mock('@forge/kvs', () => {
  const actual = jest.requireActual('@forge/kvs');
  const { KvsImpl } = jest.requireActual('@forge/kvs/out/kvs');
  return { ...actual, kvs: new KvsImpl(service) };
});

import { Queue } from '@forge/events';
import { forgeSendGateEvent, GATE_EVENTS_QUEUE } from '../../src/adapters/forge-gate-event-queue';
import { forgeKvsStore } from '../../src/adapters/forge-kvs-store';
import type { AttemptEvent } from '../../src/domain/insights/gate-event';
import { isoWeek } from '../../src/domain/insights/iso-week';
import { recordGateEvent } from '../../src/insights/record-gate-event';
import { weekFiguresKey } from '../../src/insights/insight-keys';

const T0 = Date.UTC(2026, 10, 30, 9);
const attempt = (i: number): AttemptEvent => ({
  kind: 'attempt',
  id: `forge-event-${i}`,
  at: T0 + i,
  projectId: '10000',
  itemId: String(100 + (i % 5)),
  itemKey: `ABC-${100 + (i % 5)}`,
  gateId: 'dod',
  passed: false,
  failing: ['copy'],
  waived: [],
});

describe('the gate events queue on Forge', () => {
  it("pushes each event to the manifest's queue, one project's events one at a time", async () => {
    const requests: Array<{ path: string; body: unknown }> = [];
    const apiClient = async (path: string, init: { body: string }) => {
      requests.push({ path, body: JSON.parse(init.body) });
      return new Response(JSON.stringify({}), { status: 201 });
    };
    const send = forgeSendGateEvent(new Queue({ key: GATE_EVENTS_QUEUE }, apiClient as never));
    await send(attempt(1));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toContain('/webhook/queue/publish/');
    expect(requests[0]!.body).toMatchObject({
      queueName: 'gate-events',
      payload: [{ body: attempt(1), concurrency: { key: 'insights-10000', limit: 1 } }],
    });
  });

  it('fails loudly when Forge refuses the push (the validator then goes on without it)', async () => {
    const apiClient = async () => new Response(JSON.stringify({ message: 'nope' }), { status: 500, statusText: 'Internal Server Error' });
    const send = forgeSendGateEvent(new Queue({ key: GATE_EVENTS_QUEUE }, apiClient as never));
    await expect(send(attempt(2))).rejects.toThrow(/500/);
  });
});

describe('counting through @forge/kvs', () => {
  it('loses no count when 40 events meet at once: conditional transactions refuse the stale writers, who read again', async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => recordGateEvent(forgeKvsStore, attempt(i), 60)));
    expect(outcomes.every((o) => o === 'recorded')).toBe(true);
    expect(service.transactions).toBeGreaterThan(40);
    expect(await forgeKvsStore.get(weekFiguresKey('10000', 'dod', isoWeek(T0)))).toMatchObject({ attempts: 40, blocked: 40, itemsBlocked: 5 });
  });
});
