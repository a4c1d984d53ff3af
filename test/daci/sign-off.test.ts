import { fakeConfluenceSite, PEOPLE, PAGE_ID, LOCAL_ID } from './support/fake-confluence';
import { decision, table } from './support/decisions';
import { signOffsKey } from '../../src/daci/sign-offs-store';
import { decisionFingerprint } from '../../src/domain/daci/fingerprint';

/** What the Approver's screen sends: the decision as shown (its fingerprint) and the page version it was on. */
const seen = (d: ReturnType<typeof decision>, pageVersion = 5) => ({ fingerprint: decisionFingerprint(d), pageVersion });
const approve = { decisionId: 'a', outcome: 'approved', comment: 'Ship it', ...seen(decision('a')) };

describe('signOff', () => {
  const b = decision('b', { approver: PEOPLE.quinn.accountId });
  const t = table(decision('a'), b);

  it("records the Approver's answer with who, when, the page version and the fingerprint", async () => {
    const site = fakeConfluenceSite({ pageVersion: 7 });
    const result = await site.call('signOff', 'alex', { payload: { ...approve, pageVersion: 7 }, context: site.context('alex', t) });
    expect(result).toMatchObject({
      ok: true,
      data: {
        state: 'ready',
        signOffs: {
          a: {
            state: 'approved',
            latest: { accountId: PEOPLE.alex.accountId, at: '2026-11-28T10:00:00.000Z', pageVersion: 7, comment: 'Ship it', outcome: 'approved' },
          },
          b: { state: 'none', fingerprint: decisionFingerprint(b) },
        },
      },
    });
    expect(await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))).toMatchObject({
      format: 'shipshape.daci-signoffs/v1',
      decisions: { a: [expect.objectContaining({ pageVersion: 7 })] },
    });
  });

  it.each(['priya', 'emma', 'quinn'] as const)('%s, who is not the Approver of "a", cannot answer for it', async (who) => {
    const site = fakeConfluenceSite();
    const set = jest.spyOn(site.store, 'commit');
    const result = await site.call('signOff', who, { payload: approve, context: site.context(who, t) });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Only the Approver of "Decision a" can approve or reject it.' } });
    expect(set).not.toHaveBeenCalled();
  });

  it('victor, who may not view the page, is refused before any decision is named to him', async () => {
    const site = fakeConfluenceSite();
    const set = jest.spyOn(site.store, 'commit');
    const result = await site.call('signOff', 'victor', { payload: approve, context: site.context('victor', t) });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'You cannot view this page, so Shipshape shows none of its decisions.' } });
    expect(JSON.stringify(result)).not.toContain('Decision a');
    expect(set).not.toHaveBeenCalled();
  });

  it("refuses in the person's language", async () => {
    const site = fakeConfluenceSite();
    const result = await site.call('signOff', 'priya', { payload: approve, context: site.context('priya', t), locale: 'de-DE' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Nur der Approver von „Decision a“ kann sie freigeben oder ablehnen.' } });
    const outage = fakeConfluenceSite();
    outage.setOutage(true);
    const down = await outage.call('getTable', 'priya', { context: outage.context('priya', t), locale: 'de-DE' });
    expect(down).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Confluence war gerade nicht erreichbar/) } });
  });

  it('the Approver per the saved config, not per the payload: extra fields are refused', async () => {
    const site = fakeConfluenceSite();
    const result = await site.call('signOff', 'emma', { payload: { ...approve, approver: PEOPLE.emma.accountId }, context: site.context('emma', t) });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', problems: [{ path: 'approver', message: 'is not a known field' }] } });
  });

  it('an Approver who cannot view the page cannot answer', async () => {
    const site = fakeConfluenceSite();
    const withVictor = table(decision('a', { approver: PEOPLE.victor.accountId }));
    const set = jest.spyOn(site.store, 'commit');
    expect(await site.call('signOff', 'victor', { payload: approve, context: site.context('victor', withVictor) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(set).not.toHaveBeenCalled();
  });

  it('becomes stale when the decision text or roles change afterwards; status changes keep it', async () => {
    const site = fakeConfluenceSite();
    await site.call('signOff', 'alex', { payload: { ...approve, outcome: 'rejected' }, context: site.context('alex', t) });
    const view = async (changed: ReturnType<typeof table>) => {
      const r = await site.call('getTable', 'emma', { context: site.context('emma', changed) });
      return r.ok && r.data.state === 'ready' ? r.data.signOffs['a']?.state : undefined;
    };
    expect(await view(t)).toBe('rejected');
    expect(await view(table(decision('a', { status: 'decided' }), decision('b')))).toBe('rejected');
    expect(await view(table(decision('a', { title: 'Decision a, reworded' })))).toBe('stale-rejection');
    expect(await view(table(decision('a', { informed: [] })))).toBe('stale-rejection');
  });

  it('validates the payload and refuses in edit mode or for unknown decisions', async () => {
    const site = fakeConfluenceSite();
    expect(await site.call('signOff', 'alex', { payload: { ...approve, outcome: 'maybe' }, context: site.context('alex', t) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', problems: [{ path: 'outcome' }] },
    });
    expect(await site.call('signOff', 'alex', { payload: { ...approve, comment: 'x'.repeat(1001) }, context: site.context('alex', t) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await site.call('signOff', 'alex', { payload: { ...approve, decisionId: 'zz' }, context: site.context('alex', t) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await site.call('signOff', 'alex', { payload: approve, context: site.context('alex', t, { isEditing: true }) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/view mode/) },
    });
    expect(await site.call('signOff', 'alex', { payload: approve, context: site.context('alex', { table: '{' }) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('keeps both answers when two Approvers sign off at once', async () => {
    const site = fakeConfluenceSite();
    await Promise.all([
      site.call('signOff', 'alex', { payload: approve, context: site.context('alex', t) }),
      site.call('signOff', 'quinn', { payload: { ...approve, decisionId: 'b', ...seen(b) }, context: site.context('quinn', t) }),
    ]);
    const stored = (await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))) as { decisions: Record<string, unknown[]> };
    expect(Object.keys(stored.decisions).sort()).toEqual(['a', 'b']);
  });

  it('refuses an answer for a decision that changed since the Approver saw it, and stores nothing', async () => {
    const site = fakeConfluenceSite();
    const reworded = table(decision('a', { title: 'Decision a, reworded' }), b);
    const commit = jest.spyOn(site.store, 'commit');
    expect(await site.call('signOff', 'alex', { payload: approve, context: site.context('alex', reworded) })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '"Decision a, reworded" changed since you opened the page, so your answer was not saved. Reload to see the current decision, then sign off.',
      },
    });
    expect(commit).not.toHaveBeenCalled();
  });

  it('records the page version the Approver saw, not the one current at the call; a version from the future is refused', async () => {
    const site = fakeConfluenceSite({ pageVersion: 9 });
    await site.call('signOff', 'alex', { payload: { ...approve, pageVersion: 6 }, context: site.context('alex', t) });
    expect(await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))).toMatchObject({ decisions: { a: [expect.objectContaining({ pageVersion: 6 })] } });
    expect(await site.call('signOff', 'alex', { payload: { ...approve, pageVersion: 10 }, context: site.context('alex', t) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('prunes the answers of decisions removed from the table at the next sign-off', async () => {
    const site = fakeConfluenceSite();
    await site.call('signOff', 'quinn', { payload: { ...approve, decisionId: 'b', ...seen(b) }, context: site.context('quinn', t) });
    await site.call('signOff', 'alex', { payload: approve, context: site.context('alex', table(decision('a'))) });
    const stored = (await site.store.get(signOffsKey(PAGE_ID, LOCAL_ID))) as { decisions: Record<string, unknown[]> };
    expect(Object.keys(stored.decisions)).toEqual(['a']);
  });
});
