/** Waivers and verifications saved through the panel's resolvers are queued for the insight figures, once each, after they are saved. */
import type { GateEvent } from '../../src/domain/insights/gate-event';
import { gateEventSchema } from '../../src/domain/insights/gate-event';
import { behaviour, records } from '../support/builders';
import { CAST, fakeSite } from '../resolvers/support/fake-site';

const sent: GateEvent[] = [];
const ports = { sendEvent: async (event: GateEvent) => void sent.push(event) };
beforeEach(() => (sent.length = 0));

describe('gate events from saved records', () => {
  it('a waiver given and then revoked: one event each, naming the gate, the criterion and who', async () => {
    const site = fakeSite({ records: records({ revision: 2 }) });
    const waive = { payload: { revision: 2, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'Config-only change' } };
    expect((await site.callWith(ports, 'waive', 'lee', waive)).ok).toBe(true);
    expect((await site.callWith(ports, 'revokeWaiver', 'lee', { payload: { revision: 3, gateId: 'ready-for-qa', criterionId: 'build-deployed' } })).ok).toBe(
      true,
    );
    expect(sent.map((e) => [e.kind, e.projectId, e.itemKey, 'criterionId' in e ? e.criterionId : '', e.by])).toEqual([
      ['waived', '10000', 'ABC-123', 'build-deployed', CAST.lee.accountId],
      ['waiver-revoked', '10000', 'ABC-123', 'build-deployed', CAST.lee.accountId],
    ]);
    expect(sent.every((e) => gateEventSchema.safeParse(e).success)).toBe(true);
  });

  it('a behaviour verified: an event with its result; a refused write sends nothing', async () => {
    const site = fakeSite({ records: records({ revision: 3, handoff: { expectedBehaviours: [behaviour('b1', 'Card is remembered')] } }) });
    expect((await site.callWith(ports, 'verifyBehaviour', 'quinn', { payload: { revision: 3, behaviourId: 'b1', status: 'failed' } })).ok).toBe(true);
    expect(sent).toEqual([expect.objectContaining({ kind: 'verified', behaviourId: 'b1', status: 'failed', by: CAST.quinn.accountId })]);
    expect((await site.callWith(ports, 'verifyBehaviour', 'quinn', { payload: { revision: 3, behaviourId: 'b1', status: 'passed' } })).ok).toBe(false);
    expect(sent).toHaveLength(1);
  });
});
