/**
 * Issue 13, deliverable 10: every work item resolver takes ≥ 10,000 random payloads and answers
 * each with a typed envelope, never INTERNAL, and storage is unchanged on every refusal.
 */
import fc from 'fast-check';
import { ISSUE_RESOLVERS } from '../../src/resolvers/issue-resolvers';
import { approval, fullHandoff, records, waiver } from '../support/builders';
import { CAST, fakeSite, type Who } from '../resolvers/support/fake-site';
import { envelopeProblem, FUZZ_RUNS, payloadFor } from './payload-arbitraries';

const BASE = 4;
const VALID: Record<string, { who: Who; payload: Record<string, unknown> }> = {
  getPanel: { who: 'dana', payload: {} },
  saveHandoff: { who: 'dana', payload: { revision: BASE, handoff: { summary: 'S', expectedBehaviours: [{ id: 'b1', text: 'T' }] } } },
  setTick: { who: 'dana', payload: { revision: BASE, gateId: 'release', criterionId: 'support-briefed', ticked: true } },
  verifyBehaviour: { who: 'quinn', payload: { revision: BASE, behaviourId: 'b1', status: 'passed', note: 'ok' } },
  createBug: { who: 'quinn', payload: { revision: BASE, behaviourId: 'b1' } },
  approve: { who: 'priya', payload: { revision: BASE, gateId: 'release', criterionId: 'product-approval', comment: 'c' } },
  revokeApproval: { who: 'priya', payload: { revision: BASE, gateId: 'release', criterionId: 'product-approval' } },
  waive: { who: 'lee', payload: { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'r' } },
  revokeWaiver: { who: 'lee', payload: { revision: BASE, gateId: 'ready-for-qa', criterionId: 'build-deployed' } },
};

const start = () =>
  records({
    handoff: fullHandoff(),
    revision: BASE,
    gates: {
      release: { approvals: { 'product-approval': [approval('priya', { groups: ['release-managers'] })] } },
      'ready-for-qa': {
        waivers: { 'build-deployed': { ...waiver('lee', 'Config only', { projectRoles: ['Administrators'] }), accountId: CAST.lee.accountId } },
      },
    },
  });

describe('fuzzing the work item resolvers', () => {
  it('covers every resolver', () => {
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(ISSUE_RESOLVERS).sort());
  });

  it.each(Object.entries(VALID))(
    `%s: ${FUZZ_RUNS} payloads, each a typed envelope; refusals change nothing`,
    async (name, { who, payload }) => {
      const site = fakeSite({ records: start() });
      await fc.assert(
        fc.asyncProperty(payloadFor(payload), fc.constantFrom<Who>(who, 'vic', 'dana'), async (sent, caller) => {
          const before = site.store.snapshot();
          const result = await site.call(name, caller, { payload: sent });
          const problem = envelopeProblem(result);
          if (problem) throw new Error(`${name}(${JSON.stringify(sent)?.slice(0, 300)}) as ${caller}: ${problem}`);
          if (!result.ok) expect(site.store.snapshot()).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    120_000,
  );
});
