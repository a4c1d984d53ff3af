import { fakeConfluenceSite, PEOPLE } from './support/fake-confluence';
import { decision, table } from './support/decisions';

describe('getTable', () => {
  it('renders from one call: the table from the context, sign-offs, names in one batched look-up', async () => {
    const site = fakeConfluenceSite();
    const t = table(decision('a', { due: '2026-11-27' }), decision('b', { due: '2026-11-28' }), decision('c', { status: 'decided', due: '2026-01-01' }));
    site.saveOnPage(t);
    const result = await site.call('getTable', 'emma', { context: site.context('emma', t) });
    expect(result).toMatchObject({
      ok: true,
      data: { state: 'ready', pageVersion: 5, viewerAccountId: PEOPLE.emma.accountId, today: '2026-11-28', overdue: ['a'] },
    });
    if (!result.ok || result.data.state !== 'ready') throw new Error('not ready');
    expect(result.data.people[PEOPLE.alex.accountId]).toEqual({ displayName: 'Alex Admin', avatarPath: '/wiki/aa-avatar/acc-alex' });
    expect(Object.keys(result.data.people).sort()).toEqual(['acc-alex', 'acc-emma', 'acc-priya', 'acc-quinn']);
    expect(result.data.signOffs['a']).toEqual({ state: 'none', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    // The page was never indexed (its event is late): this view indexes it, with one read of the page as the app.
    expect(site.asApp.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /wiki/api/v2/pages/131073', 'POST /wiki/api/v2/users-bulk']);
    expect(site.userRequests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /wiki/api/v2/pages/131073']);
    // Indexed now: the next view reads nothing more of Confluence as the app (names are cached too).
    await site.call('getTable', 'priya', { context: site.context('priya', t) });
    expect(site.asApp.requests).toHaveLength(2);
  });

  it('leaves the index alone in the editor, where the table is a draft', async () => {
    const site = fakeConfluenceSite();
    const t = table(decision('a'));
    site.saveOnPage(t);
    await site.call('getTable', 'emma', { context: site.context('emma', t, { isEditing: true }) });
    expect(site.asApp.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /wiki/api/v2/users-bulk']);
  });

  it('shows the linked work items the viewer may see in Jira with their status, in the same call', async () => {
    const site = fakeConfluenceSite();
    const t = table(decision('a', { jiraKeys: ['ABC-2', 'ABC-999'] }), decision('b', { jiraKeys: ['ABC-2'] }));
    const result = await site.call('getTable', 'emma', { context: site.context('emma', t) });
    if (!result.ok || result.data.state !== 'ready') throw new Error('not ready');
    expect(result.data.workItems).toEqual([{ id: '10002', key: 'ABC-2', summary: 'Save cards', status: 'In Progress', category: 'indeterminate' }]);
    // A table that links nothing asks Jira nothing.
    const none = await site.call('getTable', 'emma', { context: site.context('emma', table(decision('c'))) });
    expect(none).toMatchObject({ ok: true, data: { state: 'ready' } });
    expect(none.ok && none.data.state === 'ready' ? none.data.workItems : 'not ready').toBeUndefined();
  });

  it('caches names between renders', async () => {
    const site = fakeConfluenceSite();
    site.saveOnPage(table(decision('a')));
    await site.call('getTable', 'emma', { context: site.context('emma', table(decision('a'))) });
    site.asApp.requests.splice(0);
    const context = site.context('emma', table(decision('a')));
    await site.call('getTable', 'emma', { context });
    await site.call('getTable', 'priya', { context });
    expect(site.asApp.requests).toHaveLength(0);
  });

  it('shows nothing to someone who cannot view the page, before reading storage', async () => {
    const site = fakeConfluenceSite();
    const get = jest.spyOn(site.store, 'get');
    const result = await site.call('getTable', 'victor', { context: site.context('victor', table(decision('a'))) });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/cannot view this page/) } });
    expect(get).not.toHaveBeenCalled();
    expect(site.asApp.requests).toHaveLength(0);
  });

  it('refuses a caller Forge did not name', async () => {
    const site = fakeConfluenceSite();
    const { accountId: _a, ...anonymous } = site.context('emma', table(decision('a')));
    expect(await site.call('getTable', 'emma', { context: anonymous })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('an unconfigured macro is empty; a malformed one lists its problems (never a blank frame)', async () => {
    const site = fakeConfluenceSite();
    expect(await site.call('getTable', 'emma', { context: site.context('emma', undefined) })).toMatchObject({ ok: true, data: { state: 'empty' } });
    const bad = await site.call('getTable', 'emma', { context: site.context('emma', { table: '{"format":"shipshape.daci/v1","title":"","decisions":[{}]}' }) });
    expect(bad).toMatchObject({
      ok: true,
      data: {
        state: 'invalid',
        problems: expect.arrayContaining([
          expect.objectContaining({ path: 'title', message: 'the table needs a title', words: { key: 'problems.tableTitle' } }),
          expect.objectContaining({ path: 'decisions[0].approver', message: 'needs one person', words: { key: 'problems.onePerson' } }),
        ]),
      },
    });
    expect(await site.call('getTable', 'emma', { context: site.context('emma', { table: 'x'.repeat(300 * 1024) }) })).toMatchObject({
      ok: true,
      data: { state: 'invalid', problems: [{ message: 'the table is 300 KB; at most 256 KB fit' }] },
    });
  });

  it('says to try again when Confluence is down', async () => {
    const site = fakeConfluenceSite();
    site.setOutage(true);
    expect(await site.call('getTable', 'emma', { context: site.context('emma', table(decision('a'))) })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/could not be reached/) },
    });
  });

  it('rejects an unexpected payload and a context without a page', async () => {
    const site = fakeConfluenceSite();
    expect(await site.call('getTable', 'emma', { payload: { table: {} }, context: site.context('emma', undefined) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await site.call('getTable', 'emma', { context: { accountId: 'acc-emma', extension: {} } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });
});
