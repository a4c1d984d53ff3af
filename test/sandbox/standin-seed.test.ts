import { bundledWords } from '../../src/adapters/bundled-words';
import { englishSay } from '../../src/domain/words/english';
/**
 * The demo seed tells the story it claims: each seeded item, as the stand-in serves it
 * (GET with fields=*all&expand=names), evaluated by the real engine against the seeded gates and
 * records, gives the documented result. Then the real validator runs as the stand-in's workflow
 * rule and blocks or allows the real transitions.
 */
import { dirname } from 'node:path';
import { evaluate } from '../../src/domain/evaluate';
import { parseGatesFile } from '../../src/domain/gates/parse-gates';
import { parseRecords } from '../../src/domain/records/parse-records';
import { jiraIssueSchema } from '../../src/domain/jira/issue-schema';
import { definitionOfDoneTemplate, readyForQaTemplate } from '../../src/domain/templates';
import type { Gate } from '../../src/domain/gates/gate-schema';
import type { Verdict } from '../../src/domain/verdict';
import { validateTransition } from '../../src/validator/validate-transition';
import { httpJiraClient } from '../../src/adapters/http-jira-client';
import { memoryStore } from '../../src/adapters/memory-store';
import { systemClock } from '../../src/ports/clock';
import { VALIDATOR_RETRY_POLICY } from '../../src/jira/retry-policy';
import { APP_EMAIL, DEMO_USERS } from '../../sandbox/standin/demo-users';
import { HISTORY_ITEMS, historyItem } from '../../sandbox/standin/seed-history-issues';
import { SEED_ISSUES, seedAppStorage } from '../../sandbox/standin/seed';
import { doc, paragraph } from '../../sandbox/standin/adf';
import { removeDir, startStandIn, type Harness } from './standin-harness';
import { asRecord } from '../support/jira-shape-checks';
import { linkedDecisions } from '../../src/domain/decisions/linked-decisions';

let h: Harness;
const storage = seedAppStorage();
const parsedGates = parseGatesFile(storage['gates:project-id:10000']);
const gates = parsedGates.ok ? parsedGates.value.gates : [];
const gate = (id: string): Gate => {
  const found = gates.find((g) => g.id === id);
  if (!found) throw new Error(`no seeded gate ${id}`);
  return found;
};

beforeAll(async () => {
  h = await startStandIn();
});
afterAll(async () => {
  await h.close();
  removeDir(dirname(h.dataFile));
});

async function served(key: string) {
  const answer = await h.call('app', 'GET', `/rest/api/3/issue/${key}`, { query: { fields: '*all', expand: 'names' } });
  expect(answer.status).toBe(200);
  return jiraIssueSchema.parse(answer.body);
}

async function verdict(gateId: string, item: { key: string; id: string }): Promise<Verdict> {
  const issue = await served(item.key);
  const records = parseRecords(storage[`records:${item.id}`]);
  if (!records.ok) throw new Error(`records of ${item.key} are invalid: ${JSON.stringify(records.problems)}`);
  // The seed's spec page has no decision table yet, so no decision links any item.
  return evaluate(gate(gateId), { issue, records: records.value, decisions: linkedDecisions(undefined) }, englishSay);
}

/** Ids of required criteria that fail, and of waived ones. */
const failing = (v: Verdict) => v.results.filter((r) => r.required && r.status === 'failed').map((r) => r.id);
const waived = (v: Verdict) => v.results.filter((r) => r.status === 'waived').map((r) => r.id);

describe('seeded app storage', () => {
  it('holds a valid gates file for project ABC: the Definition of Done with a fix version first, and Ready for QA', () => {
    expect(parsedGates.ok).toBe(true);
    expect(gates.map((g) => g.id)).toEqual(['definition-of-done', 'ready-for-qa']);
    expect(gate('definition-of-done').criteria[0]).toMatchObject({ id: 'fix-version', kind: 'field-set', field: 'fixVersions' });
    expect(gate('definition-of-done').criteria.slice(1)).toEqual(definitionOfDoneTemplate.criteria);
    expect(gate('ready-for-qa').criteria).toEqual(readyForQaTemplate.criteria);
    expect(gates.map((g) => g.qaVerifiers)).toEqual([{ groups: ['qa'] }, { groups: ['qa'] }]);
  });

  it('holds valid records, keyed by issue id, ticked and verified by demo people, verifications on the current text', () => {
    const accountIds = new Set(DEMO_USERS.map((u) => u.accountId));
    const recordKeys = Object.keys(storage).filter((key) => key.startsWith('records:'));
    expect(recordKeys.sort()).toEqual(
      [
        SEED_ISSUES.savedCards,
        SEED_ISSUES.promoCodes,
        SEED_ISSUES.deliveryEstimate,
        SEED_ISSUES.applePay,
        ...Array.from({ length: HISTORY_ITEMS }, (_, i) => historyItem(i + 1)),
      ]
        .map((i) => `records:${i.id}`)
        .sort(),
    );
    for (const key of recordKeys) {
      const parsed = parseRecords(storage[key]);
      expect({ key, ok: parsed.ok }).toEqual({ key, ok: true });
      if (!parsed.ok) continue;
      const behaviours = new Map((parsed.value.handoff?.expectedBehaviours ?? []).map((b) => [b.id, b.text]));
      for (const [id, verification] of Object.entries(parsed.value.verifications ?? {})) {
        expect({ key, id, text: verification.text, by: accountIds.has(verification.accountId) }).toEqual({ key, id, text: behaviours.get(id), by: true });
      }
      for (const gateRecords of Object.values(parsed.value.gates ?? {})) {
        for (const tick of Object.values(gateRecords.ticks ?? {})) expect(accountIds.has(tick.accountId)).toBe(true);
      }
    }
  });
});

describe('seeded items through the real engine, as the stand-in serves them', () => {
  it('every shipped history item (ABC-101 on, behind the insights seed) passes both gates on every required criterion', async () => {
    for (let n = 1; n <= HISTORY_ITEMS; n += 1) {
      for (const gateId of ['definition-of-done', 'ready-for-qa']) {
        const v = await verdict(gateId, historyItem(n));
        expect({ item: historyItem(n).key, gateId, failing: failing(v) }).toEqual({ item: historyItem(n).key, gateId, failing: [] });
      }
    }
  });

  it(`${SEED_ISSUES.savedCards.key} passes the Definition of Done on every criterion`, async () => {
    const v = await verdict('definition-of-done', SEED_ISSUES.savedCards);
    expect(v).toMatchObject({ applicable: true, passed: true });
    expect(v.results.filter((r) => r.status !== 'passed')).toEqual([]);
  });

  it(`${SEED_ISSUES.deliveryEstimate.key} fails the Definition of Done only on Fix versions and Description (one item waived)`, async () => {
    const v = await verdict('definition-of-done', SEED_ISSUES.deliveryEstimate);
    expect(v.passed).toBe(false);
    expect(failing(v)).toEqual(['fix-version', 'description']);
    expect(waived(v)).toEqual(['usability-evidence']);
    expect(v.results.find((r) => r.id === 'fix-version')?.reason).toBe('Fix versions is empty');
    expect(v.results.find((r) => r.id === 'description')?.reason).toBe('Description is empty');
    // Empty in substance, not absent: an ADF document of blank paragraphs, as Jira keeps a cleared description.
    const description = asRecord((await served(SEED_ISSUES.deliveryEstimate.key)).fields.description);
    expect(description).toMatchObject({ type: 'doc', version: 1 });
    expect((description.content as Array<{ type: string }>).map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it(`${SEED_ISSUES.promoCodes.key} fails the Definition of Done only on its open sub-tasks and its open blocker`, async () => {
    const v = await verdict('definition-of-done', SEED_ISSUES.promoCodes);
    expect(failing(v)).toEqual(['subtasks-done', 'no-open-blockers']);
    expect(v.results.find((r) => r.id === 'subtasks-done')?.reason).toBe('2 sub-tasks not done: ABC-8 (In Progress), ABC-9 (To Do)');
    expect(v.results.find((r) => r.id === 'no-open-blockers')?.reason).toBe('1 work item linked as "is blocked by" not done: ABC-4 (In Progress)');
  });

  it(`${SEED_ISSUES.applePay.key} passes Ready for QA; its Definition of Done waits for QA and the manual checks`, async () => {
    expect(await verdict('ready-for-qa', SEED_ISSUES.applePay)).toMatchObject({ applicable: true, passed: true });
    const done = await verdict('definition-of-done', SEED_ISSUES.applePay);
    expect(failing(done)).toEqual(['behaviours-verified', 'analytics-live', 'copy-final', 'teams-briefed', 'usability-evidence']);
  });

  it(`${SEED_ISSUES.declinedMessage.key} (a Bug with no records) is gated and fails`, async () => {
    const v = await verdict('definition-of-done', SEED_ISSUES.declinedMessage);
    expect(v).toMatchObject({ applicable: true, passed: false });
    expect(failing(v)).toEqual(expect.arrayContaining(['fix-version', 'behaviours-verified']));
  });

  it.each([SEED_ISSUES.rateLimit, SEED_ISSUES.funnelEvents, SEED_ISSUES.sdkUpgrade])('%j (a Task) is not gated', async (item) => {
    for (const id of ['definition-of-done', 'ready-for-qa']) expect(await verdict(id, item)).toMatchObject({ applicable: false, passed: true });
  });
});

describe("the real validator as the stand-in's workflow rule", () => {
  beforeAll(() => {
    const deps = {
      jira: httpJiraClient({ baseUrl: h.baseUrl, email: APP_EMAIL, apiToken: 'sandbox' }),
      store: memoryStore(seedAppStorage()),
      clock: systemClock,
      retry: VALIDATOR_RETRY_POLICY,
      words: bundledWords,
    };
    h.ruleAnswer = async (rule, args) => (rule.type === 'shipshape-gate' ? validateTransition(args, deps) : { result: true });
  });

  const status = async (key: string) =>
    asRecord(asRecord(asRecord((await h.call('emma', 'GET', `/rest/api/3/issue/${key}`, { query: { fields: 'status' } })).body).fields).status).name;
  const transition = (key: string, body: unknown) => h.call('emma', 'POST', `/rest/api/3/issue/${key}/transitions`, { body });

  it(`blocks ${SEED_ISSUES.deliveryEstimate.key} to Done with the block message, and lets it through when the screen fills the fields`, async () => {
    const blocked = await transition(SEED_ISSUES.deliveryEstimate.key, { transition: { id: '31' } });
    expect(blocked.status).toBe(400);
    const message = String((blocked.body as { errorMessages: string[] }).errorMessages[0]);
    expect(message).toMatch(/^Definition of Done: 2 of \d+ required checks not met on ABC-5\./);
    expect(message).toContain('✗ Fix version is set: Fix versions is empty.');
    expect(message).toContain('✗ Description says what the work delivers: Description is empty.');
    expect(await status(SEED_ISSUES.deliveryEstimate.key)).toBe('Ready for QA');

    const fields = { fixVersions: [{ name: '2026.12' }], description: doc(paragraph('Shows the carrier estimate for the chosen delivery option.')) };
    expect((await transition(SEED_ISSUES.deliveryEstimate.key, { transition: { id: '31' }, fields })).status).toBe(204);
    expect(await status(SEED_ISSUES.deliveryEstimate.key)).toBe('Done');
  });

  it(`blocks ${SEED_ISSUES.promoCodes.key} on its sub-tasks and blocker, and lets ${SEED_ISSUES.savedCards.key} and ${SEED_ISSUES.applePay.key} through`, async () => {
    const blocked = await transition(SEED_ISSUES.promoCodes.key, { transition: { id: '31' } });
    expect(blocked.status).toBe(400);
    expect(JSON.stringify(blocked.body)).toContain('ABC-8 (In Progress), ABC-9 (To Do)');
    expect(JSON.stringify(blocked.body)).toContain('ABC-4 (In Progress)');
    expect((await transition(SEED_ISSUES.savedCards.key, { transition: { id: '31' } })).status).toBe(204);
    expect((await transition(SEED_ISSUES.applePay.key, { transition: { id: '21' } })).status).toBe(204);
    expect([await status(SEED_ISSUES.savedCards.key), await status(SEED_ISSUES.applePay.key)]).toEqual(['Done', 'Ready for QA']);
  });
});
