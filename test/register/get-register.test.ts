/**
 * `getRegister` through the DACI resolvers on the fake Confluence site: what the register shows of
 * an indexed page (its changes after decision too), to whom, and how it answers what it cannot read.
 */
import { indexPage } from '../../src/decisions/index-page';
import { pageChunkKey, spaceIndexKey } from '../../src/decisions/index-keys';
import type { RegisterData } from '../../src/register/register-data';
import type { Envelope } from '../../src/resolvers/envelope';
import { decision, table } from '../daci/support/decisions';
import { fakeConfluenceSite, PAGE_ID, PEOPLE, TEST_APP_ID, type Who } from '../daci/support/fake-confluence';

const tokens = decision('tokens', {
  title: 'Where do we keep card tokens?',
  status: 'decided',
  outcome: 'Vault',
  approver: PEOPLE.priya.accountId,
  jiraKeys: ['ABC-7'],
});
const copy = decision('copy', { title: 'Checkout copy', approver: PEOPLE.priya.accountId, due: '2026-11-01' });

async function indexedSite() {
  const site = fakeConfluenceSite();
  const deps = {
    confluence: { client: site.asApp, clock: site.clock, retry: { attempts: 1, budgetMs: 1000, attemptTimeoutMs: 1000, backoffMs: 0 } },
    store: site.store,
    appId: TEST_APP_ID,
  };
  site.saveOnPage(table(tokens, copy));
  expect(await indexPage(deps, PAGE_ID)).toMatchObject({ written: true });
  // Version 6 rewords the decided outcome: a change after decision.
  site.setPageVersion(6);
  site.saveOnPage(table({ ...tokens, outcome: 'Our own vault' }, copy));
  expect(await indexPage(deps, PAGE_ID)).toMatchObject({ written: true });
  const register = async (who: Who, payload: unknown = {}, context: unknown = site.context(who, undefined)) =>
    (await site.call('getRegister', who, { payload, context })) as Envelope<RegisterData>;
  return { site, register };
}

const data = (answer: Envelope<RegisterData>) => {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};

describe('the decision register resolver', () => {
  it("lists the page's decisions with links, overdue state, sign-off and the change made after decision", async () => {
    const { register } = await indexedSite();
    const shown = data(await register('priya'));
    expect(shown.rows.map((r) => [r.id, r.status, r.overdue, r.signOff])).toEqual([
      ['copy', 'in-progress', true, 'none'],
      ['tokens', 'decided', false, 'none'],
    ]);
    const decided = shown.rows.find((r) => r.id === 'tokens');
    expect(decided).toMatchObject({
      pageTitle: 'Checkout: saved cards — spec',
      jiraKeys: ['ABC-7'],
      pageUrl: `https://example.atlassian.net/wiki/spaces/PROD/pages/${PAGE_ID}`,
    });
    expect(decided?.change).toMatchObject({ kind: 'changed', changed: ['outcome'] });
    expect(shown.people[PEOPLE.priya.accountId]?.displayName).toBe('Priya PM');
    expect(shown.facets.awaitingMe).toBe(2);
  });

  it('shows someone who may not view the page none of its decisions', async () => {
    const { register } = await indexedSite();
    expect(data(await register('victor'))).toMatchObject({ total: 0, matched: 0, rows: [] });
  });

  it('leaves out, and counts, a page whose decisions cannot be read whole', async () => {
    const { site, register } = await indexedSite();
    await site.store.set(pageChunkKey(PAGE_ID, 0), { format: 'something else' });
    expect(data(await register('priya'))).toMatchObject({ total: 0, unreadablePages: 1 });
  });

  it("refuses, with a message, a damaged list of the space's pages, a context with no space or no person, and a query it cannot read", async () => {
    const { site, register } = await indexedSite();
    expect(await register('priya', { statuses: ['maybe'] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await register('priya', {}, { accountId: PEOPLE.priya.accountId, extension: { type: 'confluence:spacePage' } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('Confluence space') },
    });
    expect(await register('priya', {}, { extension: { space: { id: '98306' } } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await site.store.set(spaceIndexKey('98306'), { pageIds: 'damaged' });
    expect(await register('priya')).toMatchObject({ ok: false, error: { code: 'RECORDS_INVALID' } });
  });
});
