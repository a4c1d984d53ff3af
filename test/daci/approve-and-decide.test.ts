/**
 * Issue 15, item 5: the Approver approves an open decision and marks it decided in one step. The
 * page gets a new version, saved as the Approver, with that decision decided; the approval is of
 * the decision as that version has it. Anything in the way saves nothing.
 */
import { fakeConfluenceSite, LOCAL_ID, PAGE_ID } from './support/fake-confluence';
import { decision, table } from './support/decisions';
import { signOffsKey } from '../../src/daci/sign-offs-store';
import { decisionFingerprint } from '../../src/domain/daci/fingerprint';
import { tableFromMacroConfig } from '../../src/domain/daci/macro-config';

const open = decision('a', { title: 'Where do we keep card tokens?' });
const t = table(open, decision('b', { status: 'deferred' }));
const approveAndDecide = (outcome = "In the provider's vault") => ({
  decisionId: 'a',
  outcome: 'approved',
  comment: '',
  fingerprint: decisionFingerprint(open),
  pageVersion: 5,
  decide: { outcome },
});

function siteWithTable() {
  const site = fakeConfluenceSite();
  site.saveOnPage(t);
  return site;
}

describe('approve and mark decided', () => {
  it('saves a new page version as the Approver with the decision decided, and records the approval of it', async () => {
    const site = siteWithTable();
    const result = await site.call('signOff', 'alex', { payload: approveAndDecide(), context: site.context('alex', t) });
    if (!result.ok || result.data.state !== 'ready') throw new Error(JSON.stringify(result));
    expect(result.data.table.decisions.map((d) => [d.id, d.status, d.outcome])).toEqual([
      ['a', 'decided', "In the provider's vault"],
      ['b', 'deferred', ''],
    ]);
    expect(result.data.signOffs['a']).toMatchObject({ state: 'approved', latest: { pageVersion: 6 } });
    expect(site.puts).toHaveLength(1);
    // As the Approver: one read proves they may view the page and gives the body to change; one more draws the fresh table.
    expect(site.userRequests.filter((r) => r.method === 'GET').map((r) => r.query?.['body-format'] ?? 'none')).toEqual(['atlas_doc_format', 'none']);
    expect(site.puts[0]?.body).toMatchObject({ id: PAGE_ID, status: 'current', version: { number: 6 }, body: { representation: 'atlas_doc_format' } });
  });

  it('saves nothing when the page no longer holds the table the Approver saw', async () => {
    const site = siteWithTable();
    site.saveOnPage(table({ ...open, title: 'Reworded meanwhile' }));
    const result = await site.call('signOff', 'alex', { payload: approveAndDecide(), context: site.context('alex', t) });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(site.puts).toEqual([]);
    expect(await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))).toBeUndefined();
  });

  it.each([
    [409, 'CONFLICT'],
    [403, 'FORBIDDEN'],
    [500, 'INTERNAL'],
  ])('saves no approval when Confluence answers the page update with %i (%s)', async (status, code) => {
    const site = siteWithTable();
    site.answerPutWith(status);
    const result = await site.call('signOff', 'alex', { payload: approveAndDecide(), context: site.context('alex', t) });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))).toBeUndefined();
  });

  it('refuses a rejection that marks decided, a decision that is not open and an empty outcome, before writing anything', async () => {
    const site = siteWithTable();
    const context = site.context('alex', t);
    expect(await site.call('signOff', 'alex', { payload: { ...approveAndDecide(), outcome: 'rejected', comment: 'no' }, context })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Only an approval can mark a decision decided.' },
    });
    const deferred = decision('b', { status: 'deferred' });
    expect(
      await site.call('signOff', 'alex', { payload: { ...approveAndDecide(), decisionId: 'b', fingerprint: decisionFingerprint(deferred) }, context }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await site.call('signOff', 'alex', { payload: approveAndDecide('   '), context })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(site.puts).toEqual([]);
  });

  it('the saved page holds the decided table, so the next view and the index read it', async () => {
    const site = siteWithTable();
    await site.call('signOff', 'alex', { payload: approveAndDecide(), context: site.context('alex', t) });
    const sent = JSON.parse((site.puts[0]?.body as { body: { value: string } }).body.value) as {
      content: Array<{ attrs?: { parameters?: { guestParams?: unknown } } }>;
    };
    const saved = tableFromMacroConfig(sent.content[1]?.attrs?.parameters?.guestParams);
    expect(saved.state === 'ready' && saved.table.decisions[0]?.status).toBe('decided');
  });
});
