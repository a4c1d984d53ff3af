import { records, waiver } from '../support/builders';
import { CAST, criterionOf, dataOf, fakeSite } from './support/fake-site';

const start = () => records({ revision: 2 });
const waiveIt = (criterionId: string, reason: unknown, revision = 2, gateId = 'ready-for-qa') => ({ payload: { revision, gateId, criterionId, reason } });

describe('waive', () => {
  it('records the waiver with the project role the app confirmed (held through a group actor), which turns the failure into "waived"', async () => {
    const site = fakeSite({ records: start() });
    const data = dataOf(await site.call('waive', 'lee', waiveIt('build-deployed', 'Config-only change: nothing to deploy')));
    const at = new Date(site.clock.now()).toISOString();
    expect((await site.records())?.gates?.['ready-for-qa']?.waivers).toEqual({
      'build-deployed': { accountId: CAST.lee.accountId, at, reason: 'Config-only change: nothing to deploy', projectRoles: ['Administrators'] },
    });
    expect(criterionOf(data, 'ready-for-qa', 'build-deployed')).toMatchObject({
      status: 'waived',
      waiver: { accountId: CAST.lee.accountId, at, reason: 'Config-only change: nothing to deploy' },
      canRevokeWaiver: true,
    });
    expect(data.activity[0]).toMatchObject({ action: 'waive', before: 'not waived', after: 'waived: Config-only change: nothing to deploy' });
  });

  it('replaces an earlier waiver, keeping the old one in the audit trail', async () => {
    const site = fakeSite({ records: records({ revision: 2, gates: { 'ready-for-qa': { waivers: { 'build-deployed': waiver('priya', 'Old reason') } } } }) });
    const data = dataOf(await site.call('waive', 'lee', waiveIt('build-deployed', 'New reason')));
    expect(data.activity[0]?.before).toBe(`waived by ${CAST.priya.accountId}: Old reason`);
    expect(criterionOf(data, 'ready-for-qa', 'build-deployed').recordedWaiver).toMatchObject({ accountId: CAST.lee.accountId, reason: 'New reason' });
  });

  it('needs a written reason', async () => {
    const site = fakeSite({ records: start() });
    expect(await site.call('waive', 'lee', waiveIt('build-deployed', '   '))).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'Write why this check does not apply to this work item.',
        problems: [{ path: 'reason', message: 'must not be blank' }],
      },
    });
    expect(await site.call('waive', 'lee', waiveIt('build-deployed', undefined))).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'reason', message: 'is required' }] },
    });
    expect(await site.call('waive', 'lee', waiveIt('build-deployed', 'r'.repeat(2001)))).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', problems: [{ path: 'reason', message: 'is 2,001 characters; the limit is 2,000' }] },
    });
    expect(await site.records()).toEqual(start());
  });

  it('only waivableBy people may waive, and a criterion without waivableBy cannot be waived at all', async () => {
    const site = fakeSite({ records: start() });
    for (const who of ['dana', 'quinn', 'priya', 'vic'] as const) {
      expect(await site.call('waive', who, waiveIt('build-deployed', 'Not needed'))).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Only people in the Administrators project role may waive "Build is deployed to staging".' },
      });
    }
    expect(await site.call('waive', 'lee', waiveIt('support-briefed', 'Not needed', 2, 'release'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '"Support is briefed" cannot be waived.' },
    });
    expect(await site.records()).toEqual(start());
  });
});
