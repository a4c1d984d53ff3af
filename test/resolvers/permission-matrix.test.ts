/**
 * Every resolver, called as every demo person through the sandbox's `issue-resolver` function,
 * against the stand-in Jira (permissions asked as the person, groups and roles looked up by the
 * app). The table is the contract; the panel's rights must say the same.
 *
 * Gates: the demo's project gates (qaVerifiers: group `qa`; manual checks waivable by project
 * role Administrators) with one approval added to the Definition of Done for project role Product.
 */
import { ALEX, EMMA, PRIYA, QUINN, VICTOR, type DemoUser } from '../../sandbox/standin/demo-users';
import { SEED_ISSUES, seedAppStorage } from '../../sandbox/standin/seed';
import { seedGatesFile } from '../../sandbox/standin/seed-app-storage';
import { projectGatesKey } from '../../src/gates/project-keys';
import { recordsKey } from '../../src/records/records-store';
import type { ItemRecords } from '../../src/domain/records/records-schema';
import { dataOf, startSandboxApp, type SandboxApp } from './support/sandbox-app';

const ITEM = SEED_ISSUES.applePay; // ABC-10: a Story with a full handoff package
const PEOPLE = { Emma: EMMA, Quinn: QUINN, Priya: PRIYA, Alex: ALEX, Victor: VICTOR } as const;
type Name = keyof typeof PEOPLE;
type Outcome = 'ok' | 'FORBIDDEN';

// prettier-ignore
const MATRIX: Record<string, Record<Name, Outcome>> = {
  //                 Emma          Quinn          Priya          Alex           Victor
  getPanel:        { Emma: 'ok',        Quinn: 'ok',        Priya: 'ok',        Alex: 'ok',        Victor: 'ok' },
  saveHandoff:     { Emma: 'ok',        Quinn: 'ok',        Priya: 'ok',        Alex: 'ok',        Victor: 'FORBIDDEN' },
  setTick:         { Emma: 'ok',        Quinn: 'ok',        Priya: 'ok',        Alex: 'ok',        Victor: 'FORBIDDEN' },
  verifyBehaviour: { Emma: 'FORBIDDEN', Quinn: 'ok',        Priya: 'FORBIDDEN', Alex: 'FORBIDDEN', Victor: 'FORBIDDEN' },
  approve:         { Emma: 'FORBIDDEN', Quinn: 'FORBIDDEN', Priya: 'ok',        Alex: 'FORBIDDEN', Victor: 'FORBIDDEN' },
  revokeApproval:  { Emma: 'FORBIDDEN', Quinn: 'FORBIDDEN', Priya: 'ok',        Alex: 'FORBIDDEN', Victor: 'FORBIDDEN' },
  waive:           { Emma: 'FORBIDDEN', Quinn: 'FORBIDDEN', Priya: 'FORBIDDEN', Alex: 'ok',        Victor: 'FORBIDDEN' },
  revokeWaiver:    { Emma: 'FORBIDDEN', Quinn: 'FORBIDDEN', Priya: 'FORBIDDEN', Alex: 'ok',        Victor: 'FORBIDDEN' },
};

function storage(): Record<string, unknown> {
  const seeded = seedAppStorage();
  const gates = seedGatesFile();
  gates.gates[0]?.criteria.push({ id: 'product-sign-off', kind: 'approval', label: 'Product signs off', approvers: { projectRoles: ['Product'] } });
  const records = structuredClone(seeded[recordsKey(ITEM.id)]) as ItemRecords;
  // So that there is something to revoke: Priya's approval and Alex's waiver, as the app records them.
  records.gates = {
    ...records.gates,
    'definition-of-done': {
      approvals: { 'product-sign-off': [{ accountId: PRIYA.accountId, at: '2026-11-21T10:00:00.000Z', projectRoles: ['Product'] }] },
      waivers: {
        'copy-final': { accountId: ALEX.accountId, at: '2026-11-21T10:05:00.000Z', reason: 'No user-facing copy changes', projectRoles: ['Administrators'] },
      },
    },
  };
  return { ...seeded, [projectGatesKey('10000')]: gates, [recordsKey(ITEM.id)]: records };
}

/** A payload each resolver accepts from someone allowed, against the storage above (revision 0). */
const PAYLOADS: Record<string, unknown> = {
  getPanel: {},
  saveHandoff: { revision: 0, handoff: { testData: 'Apple Pay sandbox tester qa-wallet@example.com on the QA iPhone 15.' } },
  setTick: { revision: 0, gateId: 'definition-of-done', criterionId: 'analytics-live', ticked: true },
  verifyBehaviour: { revision: 0, behaviourId: 'b1', status: 'passed', note: 'Checked on iPhone 15, iOS 18' },
  approve: { revision: 0, gateId: 'definition-of-done', criterionId: 'product-sign-off', comment: 'Good to ship' },
  revokeApproval: { revision: 0, gateId: 'definition-of-done', criterionId: 'product-sign-off' },
  waive: { revision: 0, gateId: 'definition-of-done', criterionId: 'teams-briefed', reason: 'Internal beta only: no teams to brief yet' },
  revokeWaiver: { revision: 0, gateId: 'definition-of-done', criterionId: 'copy-final' },
};

let app: SandboxApp;
const initial = storage();

/** The storage each resolver starts from: for `approve`, without Priya's approval (approving twice changes nothing). */
function initialFor(resolver: string): Record<string, unknown> {
  if (resolver !== 'approve') return initial;
  const copy = structuredClone(initial);
  delete (copy[recordsKey(ITEM.id)] as ItemRecords).gates?.['definition-of-done']?.approvals;
  return copy;
}

beforeAll(async () => {
  app = await startSandboxApp(initial);
});
afterAll(() => app.close());

describe('the permission matrix (stand-in Jira, real demo people)', () => {
  it('allows and refuses exactly as the table says, and a refusal writes nothing', async () => {
    const actual: Record<string, Record<string, string>> = {};
    for (const resolver of Object.keys(MATRIX)) {
      actual[resolver] = {};
      for (const [name, person] of Object.entries(PEOPLE)) {
        const start = initialFor(resolver);
        app.resetStorage(start);
        const result = await app.invoke(person, resolver, PAYLOADS[resolver], ITEM);
        actual[resolver]![name] = result.ok ? 'ok' : result.error.code;
        if (!result.ok) expect({ resolver, name, storage: app.store.snapshot() }).toEqual({ resolver, name, storage: start });
        else if (resolver !== 'getPanel') expect({ resolver, name, revision: result.data.revision }).toEqual({ resolver, name, revision: 1 });
      }
    }
    expect(actual).toEqual(MATRIX);
  });

  it.each(Object.entries(PEOPLE))('the panel shows %s the rights the resolvers enforce', async (name, person: DemoUser) => {
    app.resetStorage(initial);
    const data = dataOf(await app.invoke(person, 'getPanel', {}, ITEM));
    const dod = data.gates.find((g) => g.id === 'definition-of-done')?.criteria ?? [];
    const criterion = (id: string) => dod.find((c) => c.id === id);
    const shown = {
      saveHandoff: data.rights.canEdit,
      setTick: criterion('analytics-live')?.canTick,
      verifyBehaviour: data.rights.canVerify,
      approve: criterion('product-sign-off')?.canApprove,
      revokeApproval: criterion('product-sign-off')?.approvedByMe,
      waive: criterion('teams-briefed')?.canWaive,
      revokeWaiver: criterion('copy-final')?.canRevokeWaiver,
    };
    const allowed = Object.fromEntries(Object.keys(shown).map((resolver) => [resolver, MATRIX[resolver]?.[name as Name] === 'ok']));
    expect(shown).toEqual(allowed);
  });
});
