/**
 * A decision in a Confluence spec gates the work item it links, through the app as the sandbox
 * runs it: the stand-in's page saves reach the decision index trigger, the real validator runs
 * on Emma's transition, and Priya signs off through the DACI macro's resolver.
 */
import { PRIYA, EMMA, ALEX } from '../../sandbox/standin/demo-users';
import { SEED_CONFLUENCE, SEED_ISSUES } from '../../sandbox/standin/seed';
import { DACI_MACRO_KEY } from '../../sandbox/server/local-daci';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import type { Decision } from '../../src/domain/daci/daci-schema';
import { itemIndexKey, pageIndexKey, spaceIndexKey } from '../../src/decisions/index-keys';
import type { Envelope } from '../../src/resolvers/envelope';
import type { TableData } from '../../src/daci/table-data';
import { decision, table } from '../daci/support/decisions';
import { dataOf, startSandboxApp, type SandboxApp } from '../resolvers/support/sandbox-app';

const ITEM = SEED_ISSUES.applePay;
const PAGE = SEED_CONFLUENCE.specPageId;
const LOCAL_ID = 'daci-1';
let app: SandboxApp;

beforeAll(async () => {
  app = await startSandboxApp();
});
afterAll(() => app.close());

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const tokens = (overrides: Partial<Decision> = {}) =>
  decision('tokens', {
    title: 'Where do we keep card tokens?',
    driver: ALEX.accountId,
    approver: PRIYA.accountId,
    contributors: [],
    informed: [],
    jiraKeys: [ITEM.key],
    ...overrides,
  });

/** Priya saves the spec with the table in it, as the macro's config; the page event reaches the index. */
async function saveTable(decisions: Decision[]): Promise<void> {
  const path = `/wiki/api/v2/pages/${PAGE}`;
  const page = (await app.standIn.call('priya', 'GET', path, { query: { 'body-format': 'storage' } })).body as {
    title: string;
    version: { number: number };
    body: { storage: { value: string } };
  };
  const without = page.body.storage.value.replace(/<p><ac:structured-macro ac:name="shipshape-daci"[\s\S]*?<\/ac:structured-macro><\/p>/, '');
  const xml = `<ac:structured-macro ac:name="${DACI_MACRO_KEY}" ac:macro-id="${LOCAL_ID}"><ac:parameter ac:name="table">${escapeXml(macroConfigOf(table(...decisions)).table as string)}</ac:parameter></ac:structured-macro>`;
  const saved = await app.standIn.call('priya', 'PUT', path, {
    body: {
      id: PAGE,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: `${without}<p>${xml}</p>` },
      version: { number: page.version.number + 1 },
    },
  });
  expect(saved.status).toBe(200);
  await app.standIn.standIn.eventsSettled();
}

async function daci(person: typeof PRIYA, functionKey: string, payload: unknown = {}): Promise<TableData> {
  const handler = app.app.functionHandlers['daci-resolver']!;
  const context = { accountId: person.accountId, localId: LOCAL_ID, extension: { type: 'macro', content: { id: PAGE, type: 'page' }, isEditing: false } };
  const answer = (await handler({ call: { functionKey, payload }, context }, { principal: { accountId: person.accountId } })) as Envelope<TableData>;
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.message}`);
  return answer.data;
}

const blockOnDone = async () => {
  const moved = await app.standIn.call('emma', 'POST', `/rest/api/3/issue/${ITEM.key}/transitions`, { body: { transition: { id: '31' } } });
  return moved.status === 204 ? 'moved' : String((moved.body as { errorMessages: string[] }).errorMessages[0]);
};
const decisionsCheck = async () => {
  const panel = dataOf(await app.invoke(EMMA, 'getPanel', {}, ITEM));
  return panel.gates.find((g) => g.id === 'definition-of-done')?.criteria.find((c) => c.id === 'decisions-settled');
};

describe('a DACI decision gates the work item it links', () => {
  it('passes while no decision links the item', async () => {
    expect(await decisionsCheck()).toMatchObject({ status: 'passed', reason: 'No decisions link this work item' });
  });

  it('an open decision linked in the spec blocks Done, named to Emma, who may view the spec', async () => {
    await saveTable([tokens()]);
    expect(await app.store.get(itemIndexKey(ITEM.key))).toMatchObject({
      pages: [{ pageId: PAGE, decisions: [{ id: 'tokens', status: 'in-progress', signOff: 'none' }] }],
    });
    expect(await app.store.get(spaceIndexKey(SEED_CONFLUENCE.spaceId))).toMatchObject({ pageIds: [PAGE] });
    const message = await blockOnDone();
    expect(message).toContain(
      "✗ Decisions linked to this work item are settled: 1 linked decision is not settled: 'Where do we keep card tokens?' on 'Checkout: saved cards — spec': in progress, Approver Priya PM.",
    );
    expect(await decisionsCheck()).toMatchObject({ status: 'failed', reason: '1 linked decision is not settled: 1 in progress' });
    const panel = dataOf(await app.invoke(EMMA, 'getPanel', {}, ITEM));
    expect(panel.decisions).toMatchObject({
      state: 'read',
      hidden: 0,
      shown: [{ id: 'tokens', title: 'Where do we keep card tokens?', status: 'in-progress', signOff: 'none', approver: PRIYA.accountId }],
    });
    expect(panel.decisions?.shown[0]?.pageUrl).toMatch(new RegExp(`/wiki/spaces/PROD/pages/${PAGE}/`));
    expect(panel.people[PRIYA.accountId]?.displayName).toBe(PRIYA.displayName);
  });

  it("decided but not approved still blocks; Priya's approval in Confluence settles it", async () => {
    await saveTable([tokens({ status: 'decided', outcome: 'In the payment provider’s vault' })]);
    expect(await decisionsCheck()).toMatchObject({ status: 'failed', reason: "1 linked decision is not settled: 1 awaiting the Approver's approval" });
    const seen = await daci(PRIYA, 'getTable');
    if (seen.state !== 'ready') throw new Error('the table is not ready');
    await daci(PRIYA, 'signOff', {
      decisionId: 'tokens',
      outcome: 'approved',
      comment: '',
      fingerprint: seen.signOffs.tokens!.fingerprint,
      pageVersion: seen.pageVersion,
    });
    expect(await decisionsCheck()).toMatchObject({ status: 'passed', reason: 'The 1 linked decision is settled' });
    expect(await blockOnDone()).not.toContain('linked decision');
  });

  it('rewording the approved decision makes the approval stale, blocks again, and stays in its history', async () => {
    await saveTable([tokens({ status: 'decided', outcome: 'In our own vault' })]);
    expect(await decisionsCheck()).toMatchObject({ status: 'failed', reason: '1 linked decision is not settled: 1 changed since the Approver approved' });
    const table = await daci(EMMA, 'getTable');
    if (table.state !== 'ready') throw new Error('the table is not ready');
    expect(table.history).toEqual([
      {
        id: 'tokens',
        kind: 'changed',
        changed: ['outcome'],
        by: PRIYA.accountId,
        at: expect.any(String),
        pageVersion: 5,
        decided: { version: 4, at: expect.any(String) },
      },
    ]);
    expect(table.people[PRIYA.accountId]).toBeDefined();
    await saveTable([tokens({ status: 'in-progress', outcome: 'In our own vault' })]);
    const reopened = await daci(EMMA, 'getTable');
    expect(reopened.state === 'ready' && reopened.history.map((h) => [h.kind, h.pageVersion])).toEqual([
      ['changed', 5],
      ['reopened', 6],
    ]);
  });

  it('Priya moves the spec to the trash: it leaves the index, and a late event cannot bring it back', async () => {
    expect((await app.standIn.call('priya', 'DELETE', `/wiki/api/v2/pages/${PAGE}`)).status).toBe(204);
    await app.standIn.standIn.eventsSettled();
    expect(await app.store.get(itemIndexKey(ITEM.key))).toBeUndefined();
    expect(await app.store.get(pageIndexKey(PAGE))).toMatchObject({ removed: true, decisionCount: 0, chunks: 0 });
    expect(await app.store.get(spaceIndexKey(SEED_CONFLUENCE.spaceId))).toMatchObject({ pageIds: [] });
    const late = await app.app.indexDecisions({ eventType: 'avi:confluence:updated:page', content: { id: PAGE, type: 'page' } });
    expect(late).toMatchObject({ outcome: { written: true } });
    expect(await app.store.get(itemIndexKey(ITEM.key))).toBeUndefined();
    expect(await decisionsCheck()).toMatchObject({ status: 'passed', reason: 'No decisions link this work item' });
  });
});
