import { fullHandoff, records, tick } from '../support/builders';
import { CAST, criterionOf, dataOf, fakeSite } from './support/fake-site';

const start = () => records({ revision: 1, handoff: fullHandoff() });
const tickIt = (criterionId: string, ticked: boolean, revision = 1, gateId = 'release') => ({ payload: { revision, gateId, criterionId, ticked } });

describe('setTick', () => {
  it('ticks a manual criterion for the caller, which makes it pass, and unticks it again', async () => {
    const site = fakeSite({ records: start() });
    const ticked = dataOf(await site.call('setTick', 'dana', tickIt('support-briefed', true)));
    const at = new Date(site.clock.now()).toISOString();
    expect(criterionOf(ticked, 'release', 'support-briefed')).toMatchObject({
      status: 'passed',
      tick: { accountId: CAST.dana.accountId, at },
      reason: `Ticked by ${CAST.dana.accountId} at ${at}`,
    });
    expect((await site.records())?.gates).toEqual({ release: { ticks: { 'support-briefed': { accountId: CAST.dana.accountId, at } } } });

    const unticked = dataOf(await site.call('setTick', 'quinn', tickIt('support-briefed', false, 2)));
    expect(criterionOf(unticked, 'release', 'support-briefed')).toMatchObject({ status: 'failed', reason: 'Not ticked yet' });
    expect((await site.records())?.gates).toBeUndefined();
    expect(unticked.activity.map((e) => [e.action, e.accountId, e.before, e.after])).toEqual([
      ['untick', CAST.quinn.accountId, `ticked by ${CAST.dana.accountId} at ${at}`, 'not ticked'],
      ['tick', CAST.dana.accountId, 'not ticked', 'ticked'],
    ]);
  });

  it('keeps the first tick when ticked again (no new revision)', async () => {
    const site = fakeSite({ records: records({ revision: 1, gates: { release: { ticks: { 'support-briefed': tick('dana') } } } }) });
    const data = dataOf(await site.call('setTick', 'quinn', tickIt('support-briefed', true)));
    expect(data.revision).toBe(1);
    expect(criterionOf(data, 'release', 'support-briefed').tick).toEqual(tick('dana'));
  });

  it('refuses a criterion that is not a manual check, or that no applicable gate has', async () => {
    const site = fakeSite({ records: start() });
    expect(await site.call('setTick', 'dana', tickIt('product-approval', true))).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: '"Product approves" is a check of kind "Approval", not "Manual tick".',
        problems: [{ path: 'criterionId', message: 'is a check of another kind (approval)' }],
      },
    });
    expect(await site.call('setTick', 'dana', tickIt('launched', true, 1, 'epic-launch'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', problems: [{ path: 'gateId', message: 'was not found' }] },
    });
    expect(await site.call('setTick', 'dana', tickIt('nope', true))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', problems: [{ path: 'criterionId', message: 'was not found' }] },
    });
    expect(await site.records()).toEqual(start());
  });

  it('lists bad input by path', async () => {
    const result = await fakeSite().call('setTick', 'dana', { payload: { revision: -1, gateId: 'Release', criterionId: 'support-briefed', ticked: 'yes' } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        problems: [
          { path: 'revision', message: 'must be at least 0' },
          { path: 'gateId', message: 'must be an id: 1–64 characters a–z, 0–9 or "-"' },
          { path: 'ticked', message: 'must be yes or no' },
        ],
      },
    });
  });

  it('needs Edit Issues', async () => {
    expect(await fakeSite({ records: start() }).call('setTick', 'vic', tickIt('support-briefed', true))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You need the Edit Issues permission on this work item to tick its checks.' },
    });
  });
});
