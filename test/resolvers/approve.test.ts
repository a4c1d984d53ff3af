import { approval, records } from '../support/builders';
import { CAST, criterionOf, dataOf, fakeSite, testGates } from './support/fake-site';

const start = () => records({ revision: 5 });
const target = { gateId: 'release', criterionId: 'product-approval' };
const approveIt = (extra: Record<string, unknown> = {}, revision = 5) => ({ payload: { revision, ...target, ...extra } });

describe('approve', () => {
  it('records the approval with the memberships the app confirmed (those the approvers name), which satisfies the criterion', async () => {
    const site = fakeSite({ records: start() });
    const data = dataOf(await site.call('approve', 'priya', approveIt({ comment: 'Rollout plan looks good' })));
    const at = new Date(site.clock.now()).toISOString();
    expect((await site.records())?.gates?.['release']?.approvals).toEqual({
      'product-approval': [
        { accountId: CAST.priya.accountId, at, comment: 'Rollout plan looks good', groups: ['release-managers'], projectRoles: ['Product'] },
      ],
    });
    expect(criterionOf(data, 'release', 'product-approval')).toMatchObject({ status: 'passed', approvedByMe: true, canApprove: true });
    expect(data.activity[0]).toMatchObject({
      action: 'approve',
      target: 'release/product-approval',
      before: '0 approval(s)',
      after: '1 approval(s): Rollout plan looks good',
    });
  });

  it('approving twice changes nothing (one person counts once)', async () => {
    const site = fakeSite({ records: start() });
    dataOf(await site.call('approve', 'priya', approveIt()));
    const again = dataOf(await site.call('approve', 'priya', approveIt({ comment: 'Again' }, 6)));
    expect(again.revision).toBe(6);
    expect(criterionOf(again, 'release', 'product-approval').approvals).toHaveLength(1);
    expect((await site.audit())?.entries).toHaveLength(1);
  });

  it('refuses people the approvers do not name, even those who may edit', async () => {
    const site = fakeSite({ records: start() });
    for (const who of ['dana', 'quinn', 'lee'] as const) {
      expect(await site.call('approve', who, approveIt())).toMatchObject({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Only members of the release-managers group or people in the Product project role may approve "Product approves".',
        },
      });
    }
    expect(await site.records()).toEqual(start());
  });

  it('matches named account ids without any membership look-up', async () => {
    const gates = [
      { id: 'release', name: 'Release', criteria: [{ id: 'product-approval', kind: 'approval' as const, approvers: { accountIds: [CAST.vic.accountId] } }] },
    ];
    const site = fakeSite({ gates, records: start() });
    const data = dataOf(await site.call('approve', 'vic', approveIt()));
    expect(criterionOf(data, 'release', 'product-approval').approvals).toEqual([{ accountId: CAST.vic.accountId, at: expect.any(String) }]);
    // The item, the approver's name, the search summary: no membership look-up.
    expect(site.asApp.requests.map((r) => r.path)).toEqual([
      '/rest/api/3/issue/10123',
      '/rest/api/3/user/bulk',
      '/rest/api/3/issue/10123/properties/shipshape',
    ]);
  });

  it('refuses a criterion that is not an approval, and a comment over the limit', async () => {
    const site = fakeSite({ records: start(), gates: testGates() });
    expect(await site.call('approve', 'priya', approveIt({ criterionId: 'support-briefed' }))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await site.call('approve', 'priya', approveIt({ comment: 'c'.repeat(2001) }))).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', problems: [{ path: 'comment', message: 'is 2,001 characters; the limit is 2,000' }] },
    });
  });

  it('keeps earlier approvals by others', async () => {
    const site = fakeSite({
      records: records({ revision: 5, gates: { release: { approvals: { 'product-approval': [approval('lee', { groups: ['release-managers'] })] } } } }),
    });
    const data = dataOf(await site.call('approve', 'priya', approveIt()));
    expect(criterionOf(data, 'release', 'product-approval').approvals.map((a) => a.accountId)).toEqual([CAST.lee.accountId, CAST.priya.accountId]);
  });
});
