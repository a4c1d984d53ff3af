/**
 * A spec page with a Confluence read restriction, through the app as the sandbox runs it: the
 * decision still gates the work item it links, but only people the page lets in see it named —
 * in the panel, the register and the DACI table — and nobody else can sign it off.
 */
import { ALEX, EMMA, PRIYA } from '../../sandbox/standin/demo-users';
import { SEED_CONFLUENCE, SEED_ISSUES } from '../../sandbox/standin/seed';
import { DACI_MACRO_KEY } from '../../sandbox/server/local-daci';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import type { Envelope } from '../../src/resolvers/envelope';
import type { RegisterData } from '../../src/register/register-data';
import type { TableData } from '../../src/daci/table-data';
import { decision, table } from '../daci/support/decisions';
import { dataOf, startSandboxApp, type SandboxApp } from '../resolvers/support/sandbox-app';

const ITEM = SEED_ISSUES.applePay;
const PAGE = SEED_CONFLUENCE.specPageId;
const LOCAL_ID = 'daci-restricted';
const TITLE = 'Which acquirer takes the Apple Pay volume?';
let app: SandboxApp;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

beforeAll(async () => {
  app = await startSandboxApp();
  const path = `/wiki/api/v2/pages/${PAGE}`;
  const page = (await app.standIn.call('priya', 'GET', path, { query: { 'body-format': 'storage' } })).body as {
    title: string;
    version: { number: number };
    body: { storage: { value: string } };
  };
  const acquirer = decision('acquirer', {
    title: TITLE,
    driver: ALEX.accountId,
    approver: PRIYA.accountId,
    contributors: [],
    informed: [],
    jiraKeys: [ITEM.key],
  });
  const xml = `<ac:structured-macro ac:name="${DACI_MACRO_KEY}" ac:macro-id="${LOCAL_ID}"><ac:parameter ac:name="table">${escapeXml(macroConfigOf(table(acquirer)).table as string)}</ac:parameter></ac:structured-macro>`;
  const saved = await app.standIn.call('priya', 'PUT', path, {
    body: {
      id: PAGE,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: `${page.body.storage.value}<p>${xml}</p>` },
      version: { number: page.version.number + 1 },
    },
  });
  expect(saved.status).toBe(200);
  await app.standIn.standIn.eventsSettled();
  // Priya restricts the spec to herself and Alex: Emma may no longer view it.
  app.standIn.standIn.restrictPage(PAGE, [PRIYA.accountId, ALEX.accountId]);
});
afterAll(() => app.close());

const panelDecisions = async (person: typeof EMMA) => {
  const panel = dataOf(await app.invoke(person, 'getPanel', {}, ITEM));
  return { decisions: panel.decisions, check: panel.gates.find((g) => g.id === 'definition-of-done')?.criteria.find((c) => c.id === 'decisions-settled') };
};

const daci = async (person: typeof PRIYA, functionKey: string, payload: unknown = {}) => {
  const handler = app.app.functionHandlers['daci-resolver']!;
  const context = { accountId: person.accountId, localId: LOCAL_ID, extension: { type: 'macro', content: { id: PAGE, type: 'page' }, isEditing: false } };
  return (await handler({ call: { functionKey, payload }, context }, { principal: { accountId: person.accountId } })) as Envelope<TableData>;
};

const register = async (person: typeof PRIYA) => {
  const handler = app.app.functionHandlers['daci-resolver']!;
  const context = { accountId: person.accountId, extension: { type: 'confluence:spacePage', space: { id: SEED_CONFLUENCE.spaceId, key: 'PROD' } } };
  const answer = (await handler(
    { call: { functionKey: 'getRegister', payload: {} }, context },
    { principal: { accountId: person.accountId } },
  )) as Envelope<RegisterData>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};

describe('a decision on a restricted spec page', () => {
  it('the stand-in answers the page as Confluence does: not found for Emma, there for Priya and the app', async () => {
    expect((await app.standIn.call('emma', 'GET', `/wiki/api/v2/pages/${PAGE}`)).status).toBe(404);
    expect((await app.standIn.call('priya', 'GET', `/wiki/api/v2/pages/${PAGE}`)).status).toBe(200);
    expect((await app.standIn.call('app', 'GET', `/wiki/api/v2/pages/${PAGE}`)).status).toBe(200);
    const listed = (await app.standIn.call('emma', 'GET', '/wiki/api/v2/pages', { query: { id: PAGE } })).body as { results: unknown[] };
    expect(listed.results).toEqual([]);
  });

  it('still gates the item for everyone, and is named in the panel only to people who may view the page', async () => {
    const emma = await panelDecisions(EMMA);
    expect(emma.check).toMatchObject({ status: 'failed', reason: '1 linked decision is not settled: 1 in progress' });
    expect(emma.decisions).toMatchObject({ state: 'read', shown: [], hidden: 1 });
    expect(JSON.stringify(emma)).not.toContain(TITLE);
    const priya = await panelDecisions(PRIYA);
    expect(priya.decisions).toMatchObject({ shown: [{ id: 'acquirer', title: TITLE }], hidden: 0 });
  });

  it('blocks the move for everyone, naming the decision in the block message only to someone the page lets in', async () => {
    const done = async (person: 'emma' | 'alex') => {
      const moved = await app.standIn.call(person, 'POST', `/rest/api/3/issue/${ITEM.key}/transitions`, { body: { transition: { id: '31' } } });
      expect(moved.status).toBe(400);
      return String((moved.body as { errorMessages: string[] }).errorMessages[0]);
    };
    const emma = await done('emma');
    expect(emma).toContain('✗ Decisions linked to this work item are settled: 1 linked decision is not settled: 1 in progress.');
    expect(emma).not.toContain(TITLE);
    expect(emma).not.toContain('Checkout: saved cards');
    expect(await done('alex')).toContain(`1 linked decision is not settled: '${TITLE}' on 'Checkout: saved cards — spec': in progress, Approver Priya PM.`);
  });

  it('is left out of the register for Emma and listed for Priya', async () => {
    expect((await register(EMMA)).rows.map((r) => r.title)).not.toContain(TITLE);
    expect((await register(PRIYA)).rows.map((r) => r.title)).toContain(TITLE);
  });

  it('the DACI table shows Emma none of it, and she cannot sign it off; Priya can', async () => {
    const emma = await daci(EMMA, 'getTable');
    expect(emma).toMatchObject({ ok: false, error: { message: 'You cannot view this page, so Shipshape shows none of its decisions.' } });
    expect(JSON.stringify(emma)).not.toContain(TITLE);
    const cannotView = { ok: false, error: { message: 'You cannot view this page, so Shipshape shows none of its decisions.' } };
    const signOff = await daci(EMMA, 'signOff', { decisionId: 'acquirer', outcome: 'approved', comment: '', fingerprint: 'x', pageVersion: 3 });
    expect(signOff).toMatchObject(cannotView);
    expect(JSON.stringify(signOff)).not.toContain(TITLE);
    // The Approver herself, once the restriction leaves her out, cannot sign it off either.
    app.standIn.standIn.restrictPage(PAGE, [ALEX.accountId]);
    expect(await daci(PRIYA, 'signOff', { decisionId: 'acquirer', outcome: 'approved', comment: '', fingerprint: 'x', pageVersion: 3 })).toMatchObject(
      cannotView,
    );
    app.standIn.standIn.restrictPage(PAGE, [PRIYA.accountId, ALEX.accountId]);
    const priya = await daci(PRIYA, 'getTable');
    expect(priya.ok && priya.data.state === 'ready' && priya.data.table.decisions.map((d) => d.title)).toEqual([TITLE]);
  });
});
