import { bundledWords } from '../../src/adapters/bundled-words';
/**
 * Issue 13, deliverable 10: the DACI macro's resolvers and export, the workflow validator, the
 * issue context status and the search index trigger under ≥ 10,000 random inputs each: a typed
 * answer every time (never a throw, never INTERNAL), and storage unchanged on every refusal.
 */
import fc from 'fast-check';
import { DACI_RESOLVERS } from '../../src/daci/daci-resolvers';
import { exportTable } from '../../src/daci/export-table';
import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
import { validateTransition } from '../../src/validator/validate-transition';
import { issueContextStatus } from '../../src/issue-context/issue-context-status';
import { onIssueEvent } from '../../src/triggers/search-index-trigger';
import { onPageEvent } from '../../src/triggers/decision-index-trigger';
import { historySchema, itemEntrySchema, pageChunkSchema, pageEntrySchema, spaceEntrySchema } from '../../src/domain/decisions/index-schema';
import { validateAdf } from '../support/adf-schema';
import { fullHandoff, records } from '../support/builders';
import { jiraResponse, recordingJira } from '../support/fakes';
import { fakeConfluenceSite, LOCAL_ID, PAGE_ID, PEOPLE, TEST_APP_ID, type Who } from '../daci/support/fake-confluence';
import { decision, table } from '../daci/support/decisions';
import { fakeSite, ITEM, RETRY } from '../resolvers/support/fake-site';
import { envelopeProblem, FUZZ_RUNS, hostileValue, nearValid, payloadFor } from './payload-arbitraries';

const t = table(decision('a'), decision('constructor', { approver: PEOPLE.quinn.accountId }));
const DACI_VALID: Record<string, Record<string, unknown>> = {
  getTable: {},
  signOff: { decisionId: 'a', outcome: 'approved', comment: 'yes', fingerprint: decisionFingerprint(decision('a')), pageVersion: 5 },
  searchPeople: { query: 'Pri' },
  checkWorkItems: { keys: ['ABC-1', 'ABC-2'] },
  getRegister: {
    statuses: ['in-progress'],
    impacts: ['high'],
    approver: 'acc-priya',
    awaitingMe: true,
    text: 'card',
    sort: 'approver',
    order: 'desc',
    page: 2,
  },
};

describe('fuzzing the DACI macro', () => {
  it('covers every resolver', () => {
    expect(Object.keys(DACI_VALID).sort()).toEqual(Object.keys(DACI_RESOLVERS).sort());
  });

  it.each(Object.entries(DACI_VALID))(
    `%s: ${FUZZ_RUNS} payloads, each a typed envelope; refusals change nothing`,
    async (name, payload) => {
      const site = fakeConfluenceSite();
      await fc.assert(
        fc.asyncProperty(payloadFor(payload), fc.constantFrom<Who>('alex', 'emma', 'victor'), async (sent, who) => {
          const before = JSON.stringify(site.store.snapshot());
          const result = await site.call(name as keyof typeof DACI_RESOLVERS, who, { payload: sent, context: site.context(who, t) });
          const problem = envelopeProblem(result);
          if (problem) throw new Error(`${name}(${JSON.stringify(sent)?.slice(0, 300)}) as ${who}: ${problem}`);
          if (!result.ok) expect(JSON.stringify(site.store.snapshot())).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    120_000,
  );

  it(`adfExport: ${FUZZ_RUNS} payloads, each answered with a valid ADF document`, async () => {
    const site = fakeConfluenceSite();
    const valid = { exportType: 'pdf', context: { localId: LOCAL_ID, extension: site.context('alex', t).extension } };
    await fc.assert(
      fc.asyncProperty(payloadFor(valid), async (sent) => {
        const doc = await exportTable(site.depsFor('alex'), sent);
        expect(validateAdf(doc)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 120_000);
});

describe('fuzzing the Jira entry points', () => {
  const site = fakeSite({ records: records({ handoff: fullHandoff(), revision: 1 }) });
  const deps = { jira: site.asApp, store: site.store, clock: site.clock, retry: RETRY, words: bundledWords };

  it(`the validator: ${FUZZ_RUNS} argument sets, each a yes or a no with a message, nothing stored`, async () => {
    const valid = {
      issue: { key: ITEM.key },
      configuration: { gateId: 'release', failOpen: true },
      transition: { from: { id: '3' }, to: { id: '4' }, modifiedFields: {} },
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(payloadFor(valid), nearValid({ ...valid, configuration: JSON.stringify(valid.configuration) })), async (args) => {
        const before = JSON.stringify(site.store.snapshot());
        const result = await validateTransition(args, deps);
        expect(typeof result.result).toBe('boolean');
        if (!result.result) expect(result.errorMessage).toEqual(expect.any(String));
        expect(result.errorMessage ?? '').not.toContain('an unexpected error occurred');
        expect(JSON.stringify(site.store.snapshot())).toEqual(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 120_000);

  it(`the issue context status: ${FUZZ_RUNS} payloads and contexts, each a lozenge, nothing stored`, async () => {
    const jiraAsUser = recordingJira(() =>
      jiraResponse(200, {
        permissions: { BROWSE_PROJECTS: { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse', type: 'PROJECT', description: 'b', havePermission: true } },
      }),
    );
    const valid = { extension: { type: 'jira:issueContext', issue: { id: ITEM.id, key: ITEM.key }, project: { id: '10000', key: 'ABC' } } };
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await fc.assert(
        fc.asyncProperty(payloadFor(valid), fc.oneof(fc.constant({ principal: { accountId: 'acc-1' } }), hostileValue), async (payload, context) => {
          const before = JSON.stringify(site.store.snapshot());
          const status = await issueContextStatus(payload, context, { jiraAsApp: site.asApp, jiraAsUser, store: site.store, clock: site.clock, retry: RETRY });
          expect(status).toEqual({ status: { type: 'lozenge', value: { label: expect.any(String), type: expect.any(String) } } });
          expect(error).not.toHaveBeenCalled();
          expect(JSON.stringify(site.store.snapshot())).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    } finally {
      error.mockRestore();
    }
  }, 120_000);

  it(`the search index trigger: ${FUZZ_RUNS} events, each answered, nothing stored`, async () => {
    const valid = { eventType: 'avi:jira:updated:issue', issue: { id: ITEM.id, key: ITEM.key, fields: { project: { id: '10000', key: 'ABC' } } } };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await fc.assert(
        fc.asyncProperty(payloadFor(valid), async (event) => {
          const before = JSON.stringify(site.store.snapshot());
          const result = await onIssueEvent(event, deps);
          expect('ignored' in result || 'refreshed' in result).toBe(true);
          expect(error).not.toHaveBeenCalled();
          expect(JSON.stringify(site.store.snapshot())).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  }, 120_000);
});

describe('fuzzing the decision index trigger', () => {
  it(`${FUZZ_RUNS} page events, each answered, every stored index value within its schema`, async () => {
    const confluence = fakeConfluenceSite();
    confluence.saveOnPage(table(decision('a', { jiraKeys: ['ABC-1', 'ABC-2'] }), decision('b', { jiraKeys: ['ABC-2'] })));
    const deps = { confluence: { client: confluence.asApp, clock: confluence.clock, retry: RETRY }, store: confluence.store, appId: TEST_APP_ID };
    const valid = { eventType: 'avi:confluence:updated:page', content: { id: PAGE_ID, type: 'page', space: { id: 98306 }, version: { number: 5 } } };
    const schemaOf = (key: string) =>
      /^decisions:page:\d+:\d+$/.test(key)
        ? pageChunkSchema
        : key.startsWith('decisions:history:')
          ? historySchema
          : key.startsWith('decisions:page:')
            ? pageEntrySchema
            : key.startsWith('decisions:item:')
              ? itemEntrySchema
              : spaceEntrySchema;
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await fc.assert(
        fc.asyncProperty(payloadFor(valid), async (event) => {
          const result = await onPageEvent(event, deps);
          expect('ignored' in result || 'outcome' in result).toBe(true);
          expect(error).not.toHaveBeenCalled();
          for (const [key, value] of Object.entries(confluence.store.snapshot()))
            if (key.startsWith('decisions:')) expect(schemaOf(key).safeParse(value).success).toBe(true);
        }),
        { numRuns: FUZZ_RUNS },
      );
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  }, 120_000);
});
