import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
/**
 * In the sandbox, as on Forge, the DACI functions see the macro's config as saved in the page,
 * whatever the browser sends: a forged config cannot make someone the Approver.
 */
import { dirname } from 'node:path';
import { startStandIn, removeDir, type Harness } from '../sandbox/standin-harness';
import { localDaciHandlers, DACI_MACRO_KEY } from '../../sandbox/server/local-daci';
import { placedMacroConfig } from '../../sandbox/server/placed-macro-config';
import { memoryStore } from '../../src/adapters/memory-store';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import { SEED_CONFLUENCE } from '../../sandbox/standin/seed';
import { ALEX, EMMA, PRIYA } from '../../sandbox/standin/demo-users';
import { decision, table } from './support/decisions';

let h: Harness;
beforeAll(async () => {
  h = await startStandIn();
});
afterAll(async () => {
  await h.close();
  removeDir(dirname(h.dataFile));
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const saved = table(decision('a', { driver: PRIYA.accountId, approver: ALEX.accountId, contributors: [], informed: [], title: 'Tokens & <vaults>' }));

async function placeMacro(localId: string) {
  const pagePath = `/wiki/api/v2/pages/${SEED_CONFLUENCE.specPageId}`;
  const page = (await h.call('priya', 'GET', pagePath, { query: { 'body-format': 'storage' } })).body as {
    title: string;
    version: { number: number };
    body: { storage: { value: string } };
  };
  const xml = `<ac:structured-macro ac:name="${DACI_MACRO_KEY}" ac:macro-id="${localId}"><ac:parameter ac:name="table">${escapeXml(macroConfigOf(saved).table as string)}</ac:parameter></ac:structured-macro>`;
  const answer = await h.call('priya', 'PUT', pagePath, {
    body: {
      id: SEED_CONFLUENCE.specPageId,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: `${page.body.storage.value}<p>${xml}</p>` },
      version: { number: page.version.number + 1 },
    },
  });
  expect(answer.status).toBe(200);
  return page.body.storage.value + xml;
}

describe('the sandbox DACI functions', () => {
  it('read the config saved in the page and ignore a forged one', async () => {
    const storage = await placeMacro('m-1');
    expect(placedMacroConfig(storage, DACI_MACRO_KEY, 'm-1')).toEqual(macroConfigOf(saved));
    const handlers = localDaciHandlers({ baseUrl: h.baseUrl, store: memoryStore() });
    const forged = macroConfigOf(table(decision('a', { approver: EMMA.accountId, driver: EMMA.accountId, contributors: [], informed: [] })));
    const context = {
      accountId: EMMA.accountId,
      localId: 'm-1',
      extension: { type: 'macro', content: { id: SEED_CONFLUENCE.specPageId, type: 'page' }, isEditing: false, config: forged },
    };
    const answer = await handlers['daci-resolver']!(
      {
        call: {
          functionKey: 'signOff',
          payload: { decisionId: 'a', outcome: 'approved', fingerprint: decisionFingerprint(saved.decisions[0]!), pageVersion: 1 },
        },
        context,
      },
      { principal: { accountId: EMMA.accountId } },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const asAlex = await handlers['daci-resolver']!(
      {
        call: {
          functionKey: 'signOff',
          payload: { decisionId: 'a', outcome: 'approved', fingerprint: decisionFingerprint(saved.decisions[0]!), pageVersion: 1 },
        },
        context: { ...context, accountId: ALEX.accountId },
      },
      { principal: { accountId: ALEX.accountId } },
    );
    expect(asAlex).toMatchObject({
      ok: true,
      data: { state: 'ready', table: { decisions: [{ title: 'Tokens & <vaults>' }] }, signOffs: { a: { state: 'approved' } } },
    });
  });

  it('a placement not on the page has an empty config', async () => {
    const handlers = localDaciHandlers({ baseUrl: h.baseUrl, store: memoryStore() });
    const context = {
      accountId: PRIYA.accountId,
      localId: 'not-placed',
      extension: { type: 'macro', content: { id: SEED_CONFLUENCE.specPageId, type: 'page' }, config: macroConfigOf(saved) },
    };
    expect(
      await handlers['daci-resolver']!({ call: { functionKey: 'getTable', payload: {} }, context }, { principal: { accountId: PRIYA.accountId } }),
    ).toMatchObject({ ok: true, data: { state: 'empty' } });
  });
});
