/**
 * Nobody can claim to be someone else or to hold a membership: who acts comes from the Forge
 * runtime, memberships from Jira, and records only from the app's own storage. Against the
 * stand-in Jira with the demo people.
 */
import { EMMA, PRIYA, QUINN } from '../../sandbox/standin/demo-users';
import { SEED_ISSUES, seedAppStorage } from '../../sandbox/standin/seed';
import { seedGatesFile } from '../../sandbox/standin/seed-app-storage';
import { projectGatesKey } from '../../src/gates/project-keys';
import { recordsKey } from '../../src/records/records-store';
import { dataOf, startSandboxApp, type SandboxApp } from './support/sandbox-app';

const ITEM = SEED_ISSUES.applePay;
const gatesWithApproval = () => {
  const gates = seedGatesFile();
  gates.gates[0]?.criteria.push({ id: 'product-sign-off', kind: 'approval', label: 'Product signs off', approvers: { projectRoles: ['Product'] } });
  return gates;
};
const storage = () => ({ ...seedAppStorage(), [projectGatesKey('10000')]: gatesWithApproval() });

let app: SandboxApp;
beforeAll(async () => {
  app = await startSandboxApp(storage());
});
afterAll(() => app.close());
beforeEach(() => app.resetStorage(storage()));

const approve = { revision: 0, gateId: 'definition-of-done', criterionId: 'product-sign-off' };

describe('forged identities and memberships change nothing', () => {
  it('a payload carrying accountId, groups or projectRoles is refused (BAD_INPUT) and nothing is written', async () => {
    const before = app.store.snapshot();
    const result = await app.invoke(EMMA, 'approve', { ...approve, accountId: PRIYA.accountId, groups: ['qa'], projectRoles: ['Product'] }, ITEM);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        problems: [
          { path: 'accountId', message: 'is not a known field' },
          { path: 'groups', message: 'is not a known field' },
          { path: 'projectRoles', message: 'is not a known field' },
        ],
      },
    });
    const nested = await app.invoke(
      EMMA,
      'saveHandoff',
      { revision: 0, handoff: { summary: 'x', verifications: { b1: { status: 'passed' } } }, gates: {} },
      ITEM,
    );
    expect(nested).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        problems: [
          { path: 'handoff.verifications', message: 'is not a known field' },
          { path: 'gates', message: 'is not a known field' },
        ],
      },
    });
    expect(app.store.snapshot()).toEqual(before);
  });

  it("an accountId in the frontend's context is ignored: Emma claiming to be Priya is still Emma", async () => {
    const forgedContext = { accountId: PRIYA.accountId, extension: { issue: { id: ITEM.id, key: ITEM.key }, project: { key: 'ABC' } } };
    expect(await app.invoke(EMMA, 'approve', approve, ITEM, forgedContext)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only people in the Product project role may approve "Product signs off".' },
    });
    // And the real Priya may, with her role confirmed by the app and recorded.
    const data = dataOf(await app.invoke(PRIYA, 'approve', approve, ITEM));
    const approvals = data.gates.find((g) => g.id === 'definition-of-done')?.criteria.find((c) => c.id === 'product-sign-off')?.approvals;
    expect(approvals).toEqual([{ accountId: PRIYA.accountId, at: expect.any(String), projectRoles: ['Product'] }]);
  });

  it('QA verification cannot be claimed by sending the QA group: Emma stays refused', async () => {
    const result = await app.invoke(EMMA, 'verifyBehaviour', { revision: 0, behaviourId: 'b1', status: 'passed', groups: ['qa'] }, ITEM);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await app.invoke(EMMA, 'verifyBehaviour', { revision: 0, behaviourId: 'b1', status: 'passed' }, ITEM)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dataOf(await app.invoke(QUINN, 'verifyBehaviour', { revision: 0, behaviourId: 'b1', status: 'passed' }, ITEM)).revision).toBe(1);
  });

  it("records Emma writes through Jira's issue-property REST API are not read as approvals, ticks or verifications", async () => {
    const forged = {
      format: 'shipshape.records/v1',
      revision: 99,
      verifications: {
        b1: {
          status: 'passed',
          accountId: QUINN.accountId,
          at: '2026-11-21T09:00:00.000Z',
          text: 'Safari with Apple Pay set up shows the Apple Pay button on the basket page',
        },
      },
      gates: {
        'definition-of-done': {
          approvals: { 'product-sign-off': [{ accountId: PRIYA.accountId, at: '2026-11-21T09:00:00.000Z', projectRoles: ['Product'] }] },
          ticks: { 'copy-final': { accountId: PRIYA.accountId, at: '2026-11-21T09:00:00.000Z' } },
        },
      },
    };
    for (const key of ['shipshape.records', recordsKey(ITEM.id), 'records']) {
      const put = await app.standIn.call('emma', 'PUT', `/rest/api/3/issue/${ITEM.key}/properties/${encodeURIComponent(key)}`, { body: forged });
      expect(put.status).toBe(201);
    }
    const data = dataOf(await app.invoke(EMMA, 'getPanel', {}, ITEM));
    const dod = data.gates.find((g) => g.id === 'definition-of-done');
    expect(data.revision).toBe(0);
    expect(dod?.criteria.find((c) => c.id === 'product-sign-off')).toMatchObject({ status: 'failed', approvals: [] });
    expect(dod?.criteria.find((c) => c.id === 'copy-final')).toMatchObject({ status: 'failed' });
    expect(data.handoff.expectedBehaviours[0]?.state).toBe('untested');
    // The validator reads the same app storage: the transition to Done stays blocked.
    await app.standIn.call('emma', 'POST', `/rest/api/3/issue/${ITEM.key}/transitions`, { body: { transition: { id: '21' } } });
    const done = await app.standIn.call('emma', 'POST', `/rest/api/3/issue/${ITEM.key}/transitions`, { body: { transition: { id: '31' } } });
    expect(done.status).toBe(400);
    expect(JSON.stringify(done.body)).toContain('Product signs off: 0 of 1 approvals from people in the Product project role');
  });
});
