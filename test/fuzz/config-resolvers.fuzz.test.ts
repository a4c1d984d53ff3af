/** Issue 13, deliverable 10: the configuration resolvers under ≥ 10,000 random payloads each. */
import fc from 'fast-check';
import { CONFIG_RESOLVERS } from '../../src/config/config-resolvers';
import { configSite, type ConfigWho } from '../config/support/config-site';
import { envelopeProblem, FUZZ_RUNS, payloadFor } from './payload-arbitraries';

const GATE = { id: 'done', name: 'Done', criteria: [{ id: 'ticked', kind: 'manual' }] };
const VALID: Record<string, Record<string, unknown>> = {
  getConfig: {},
  saveGates: { revision: 0, gates: [GATE] },
  deleteGate: { revision: 1, gateId: 'done' },
  importGates: { revision: 1, mode: 'merge', text: JSON.stringify({ format: 'shipshape.gates/v1', gates: [GATE] }) },
  exportGates: {},
  dryRun: { issueKey: 'ABC-5', gate: GATE },
  searchGroups: { query: 'qa' },
  searchPeople: { query: 'pri' },
  getSiteTemplates: {},
  saveSiteTemplates: { revision: 0, gates: [GATE] },
  saveInsightRetention: { retentionMonths: 13 },
  getRuleOptions: { gateId: 'done', failOpen: false },
  chooseRuleGate: { gateId: 'done', failOpen: true },
};

describe('fuzzing the configuration resolvers', () => {
  it('covers every resolver', () => {
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(CONFIG_RESOLVERS).sort());
  });

  it.each(Object.entries(VALID))(
    `%s: ${FUZZ_RUNS} payloads, each a typed envelope; refusals change nothing`,
    async (name, payload) => {
      const site = configSite();
      await fc.assert(
        fc.asyncProperty(payloadFor(payload), fc.constantFrom<ConfigWho>('alex', 'pat', 'emma'), async (sent, caller) => {
          const before = JSON.stringify(site.store.snapshot());
          const result = await site.call(name, caller, sent);
          const problem = envelopeProblem(result);
          if (problem) throw new Error(`${name}(${JSON.stringify(sent)?.slice(0, 300)}) as ${caller}: ${problem}`);
          if (!result.ok) expect(JSON.stringify(site.store.snapshot())).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    120_000,
  );
});
