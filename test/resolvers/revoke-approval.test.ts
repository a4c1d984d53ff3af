import { approval, records } from '../support/builders';
import { CAST, criterionOf, dataOf, fakeSite } from './support/fake-site';

const approvedByPriyaAndLee = () =>
  records({
    revision: 8,
    gates: {
      release: { approvals: { 'product-approval': [approval('priya', { groups: ['release-managers'] }), approval('lee', { groups: ['release-managers'] })] } },
    },
  });
const revoke = (revision = 8) => ({ payload: { revision, gateId: 'release', criterionId: 'product-approval' } });

describe('revokeApproval', () => {
  it("withdraws the caller's own approval and keeps the others", async () => {
    const site = fakeSite({ records: approvedByPriyaAndLee() });
    const data = dataOf(await site.call('revokeApproval', 'priya', revoke()));
    expect(criterionOf(data, 'release', 'product-approval').approvals.map((a) => a.accountId)).toEqual([CAST.lee.accountId]);
    expect(data.activity[0]).toMatchObject({ action: 'revoke-approval', accountId: CAST.priya.accountId, before: '2 approval(s)', after: '1 approval(s)' });
  });

  it("never withdraws another person's approval", async () => {
    const site = fakeSite({ records: approvedByPriyaAndLee() });
    for (const who of ['dana', 'quinn', 'vic'] as const) {
      expect(await site.call('revokeApproval', who, revoke())).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'You can revoke only your own approval.' },
      });
    }
    // Refused before the revision is even compared.
    expect(await site.call('revokeApproval', 'dana', revoke(1))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await site.records()).toEqual(approvedByPriyaAndLee());
  });

  it('answers NOT_FOUND when there is no approval at all', async () => {
    expect(await fakeSite({ records: records({ revision: 8 }) }).call('revokeApproval', 'priya', revoke())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no approval to revoke.' },
    });
  });

  it('lists bad input by path', async () => {
    expect(await fakeSite().call('revokeApproval', 'priya', { payload: { revision: 1.5, gateId: 'release' } })).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        problems: [
          { path: 'revision', message: 'must be a whole number' },
          { path: 'criterionId', message: 'is required' },
        ],
      },
    });
  });
});
