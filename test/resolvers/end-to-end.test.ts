/**
 * From an empty work item to Done, through the resolvers only, with the demo's own gates: Emma
 * fills the handoff package, Quinn verifies, the manual checks are ticked, Alex waives what does
 * not apply, and the real validator, run by the stand-in on the transition, reads the records the
 * resolvers wrote. ABC-12 is a Bug with no records.
 */
import { ALEX, EMMA, PRIYA, QUINN, type DemoUser } from '../../sandbox/standin/demo-users';
import { SEED_ISSUES } from '../../sandbox/standin/seed';
import { parseRecords } from '../../src/domain/records/parse-records';
import { recordsKey } from '../../src/records/records-store';
import { auditKey } from '../../src/records/audit-trail';
import type { PanelData } from '../../src/resolvers/panel-data';
import { dataOf, startSandboxApp, type SandboxApp } from './support/sandbox-app';

const ITEM = SEED_ISSUES.declinedMessage;
let app: SandboxApp;
let revision = 0;

beforeAll(async () => {
  app = await startSandboxApp();
});
afterAll(() => app.close());

/** Calls a write as `person` with the revision last seen, and remembers the next one. */
async function write(person: DemoUser, resolver: string, payload: Record<string, unknown>): Promise<PanelData> {
  const data = dataOf(await app.invoke(person, resolver, { ...payload, revision }, ITEM));
  revision = data.revision;
  return data;
}
const transition = (id: string) => app.standIn.call('emma', 'POST', `/rest/api/3/issue/${ITEM.key}/transitions`, { body: { transition: { id } } });
const blockMessage = async (id: string) => {
  const answer = await transition(id);
  expect(answer.status).toBe(400);
  return String((answer.body as { errorMessages: string[] }).errorMessages[0]);
};
const failingIds = (data: PanelData, gateId: string) =>
  data.gates
    .find((g) => g.id === gateId)
    ?.criteria.filter((c) => c.required && c.status === 'failed')
    .map((c) => c.id);

describe('a Bug from no records to Done through the resolvers', () => {
  it('starts with nothing recorded and is blocked on Done', async () => {
    expect((await app.standIn.call('emma', 'PUT', `/rest/api/3/issue/${ITEM.key}`, { body: { fields: { fixVersions: [{ name: '2026.12' }] } } })).status).toBe(
      204,
    );
    expect((await transition('11')).status).toBe(204);
    const data = dataOf(await app.invoke(EMMA, 'getPanel', {}, ITEM));
    expect(data.revision).toBe(0);
    expect(failingIds(data, 'definition-of-done')).toEqual(['behaviours-verified', 'analytics-live', 'copy-final', 'teams-briefed', 'usability-evidence']);
    expect(await blockMessage('31')).toContain('No expected behaviours are written yet');
  });

  it('Emma fills the package; Quinn fails one behaviour, which keeps Done blocked', async () => {
    await write(EMMA, 'saveHandoff', {
      handoff: {
        summary: "A declined card shows the bank's message in plain words instead of the raw error code.",
        expectedBehaviours: [{ text: 'A declined card shows "Your bank declined this card…"' }, { text: 'Other payment errors keep their current messages' }],
        riskAreas: [{ text: 'Error mapping for wallets (Apple Pay) shares this code path', severity: 'medium' }],
        testData: 'Card 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 fails with insufficient funds.',
        releaseNotes: 'When your bank declines a card, checkout now tells you so in plain words.',
      },
    });
    await write(QUINN, 'verifyBehaviour', { behaviourId: 'b1', status: 'passed' });
    const data = await write(QUINN, 'verifyBehaviour', { behaviourId: 'b2', status: 'failed', note: 'Insufficient funds now shows the decline text too' });
    expect(data.handoff.expectedBehaviours.map((b) => b.state)).toEqual(['passed', 'failed']);
    expect(await blockMessage('31')).toContain('1 of 2 behaviours not verified: "Other payment errors keep their current…" (failed)');
  });

  it('after the fix Quinn passes it; the manual checks are ticked and Alex waives usability evidence; Done goes through', async () => {
    await write(QUINN, 'verifyBehaviour', { behaviourId: 'b2', status: 'passed', note: 'Fixed in build 2026.12.3' });
    await write(PRIYA, 'setTick', { gateId: 'definition-of-done', criterionId: 'analytics-live', ticked: true });
    await write(PRIYA, 'setTick', { gateId: 'definition-of-done', criterionId: 'copy-final', ticked: true });
    await write(EMMA, 'setTick', { gateId: 'definition-of-done', criterionId: 'teams-briefed', ticked: true });
    expect(await blockMessage('31')).toContain('There is evidence that users can use it');
    const data = await write(ALEX, 'waive', {
      gateId: 'definition-of-done',
      criterionId: 'usability-evidence',
      reason: 'Copy-only fix; the message was tested in the Q3 checkout study.',
    });
    expect(data.gates.find((g) => g.id === 'definition-of-done')).toMatchObject({ passed: true });
    expect((await transition('31')).status).toBe(204);
  });

  it('left valid records, a revision per write, and an audit entry per write', async () => {
    const stored = await app.store.get(recordsKey(ITEM.id));
    expect(parseRecords(stored)).toMatchObject({ ok: true, value: { revision: 8, updatedBy: ALEX.accountId } });
    const trail = (await app.store.get(auditKey(ITEM.id))) as { entries: Array<{ action: string; accountId: string; revision: number }> };
    expect(trail.entries.map((e) => [e.revision, e.action, e.accountId])).toEqual([
      [1, 'save-handoff', EMMA.accountId],
      [2, 'verify', QUINN.accountId],
      [3, 'verify', QUINN.accountId],
      [4, 'verify', QUINN.accountId],
      [5, 'tick', PRIYA.accountId],
      [6, 'tick', PRIYA.accountId],
      [7, 'tick', EMMA.accountId],
      [8, 'waive', ALEX.accountId],
    ]);
  });
});
