import { records, waiver } from '../support/builders';
import { criterionOf, dataOf, fakeSite } from './support/fake-site';

/** Priya waived it while she could; she is not in waivableBy (Administrators) now. */
const waivedByPriya = () =>
  records({
    revision: 3,
    gates: { 'ready-for-qa': { waivers: { 'build-deployed': waiver('priya', 'Config-only change', { projectRoles: ['Administrators'] }) } } },
  });
const revoke = (revision = 3) => ({ payload: { revision, gateId: 'ready-for-qa', criterionId: 'build-deployed' } });

describe('revokeWaiver', () => {
  it.each(['priya', 'lee'] as const)('%s (who waived it / who may waive it) removes the waiver, and the criterion fails again', async (who) => {
    const site = fakeSite({ records: waivedByPriya() });
    const data = dataOf(await site.call('revokeWaiver', who, revoke()));
    expect(criterionOf(data, 'ready-for-qa', 'build-deployed')).toMatchObject({ status: 'failed', reason: 'Not ticked yet' });
    expect((await site.records())?.gates).toBeUndefined();
    expect(data.activity[0]).toMatchObject({ action: 'revoke-waiver', before: expect.stringContaining('Config-only change'), after: 'not waived' });
  });

  it('refuses anyone else, before comparing revisions', async () => {
    const site = fakeSite({ records: waivedByPriya() });
    for (const who of ['dana', 'quinn', 'vic'] as const) {
      expect(await site.call('revokeWaiver', who, revoke())).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Only the person who waived this check, or someone who may waive it, can revoke the waiver.' },
      });
    }
    expect(await site.call('revokeWaiver', 'dana', revoke(0))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await site.records()).toEqual(waivedByPriya());
  });

  it('answers NOT_FOUND when the check is not waived', async () => {
    expect(await fakeSite({ records: records({ revision: 3 }) }).call('revokeWaiver', 'lee', revoke())).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This check is not waived.' },
    });
  });
});
