import { auditKey } from '../../src/records/audit-trail';
import { approval, avatarUrls, fullHandoff, records, tick, verification, waiver, AT, PEOPLE } from '../support/builders';
import { jiraResponse } from '../support/fakes';
import { CAST, ITEM, dataOf, fakeSite } from './support/fake-site';

const BULK = '/rest/api/3/user/bulk';
const named = () =>
  records({
    revision: 2,
    updatedAt: AT,
    updatedBy: CAST.dana.accountId,
    handoff: fullHandoff(),
    verifications: { b1: verification(fullHandoff().expectedBehaviours?.[0]?.text ?? '') },
    gates: {
      release: { ticks: { 'support-briefed': tick('dana') }, approvals: { 'product-approval': [approval('priya')] } },
      'ready-for-qa': { waivers: { 'build-deployed': waiver('lee', 'Config only') } },
    },
  });
const bulkCalls = (site: ReturnType<typeof fakeSite>) => site.asApp.requests.filter((r) => r.path === BULK);

describe('people in the panel', () => {
  it('names everyone the panel shows (writer, activity, ticks, approvals, waivers, verifications) with one user/bulk call as the app', async () => {
    const site = fakeSite({ records: named() });
    await site.store.set(auditKey(ITEM.id), {
      format: 'shipshape.audit/v1',
      entries: [
        { at: AT, accountId: CAST.vic.accountId, action: 'tick', target: 'release/support-briefed', before: 'not ticked', after: 'ticked', revision: 1 },
      ],
    });
    const data = dataOf(await site.call('getPanel', 'dana'));
    expect(bulkCalls(site)).toHaveLength(1);
    expect(site.userRequests.some((r) => r.path === BULK)).toBe(false);
    expect(data.people).toEqual({
      [CAST.dana.accountId]: { displayName: PEOPLE.dana.displayName, avatarUrl: avatarUrls(CAST.dana.accountId)['48x48'] },
      [CAST.vic.accountId]: { displayName: 'Victor Viewer', avatarUrl: avatarUrls(CAST.vic.accountId)['48x48'] },
      [CAST.priya.accountId]: { displayName: PEOPLE.priya.displayName, avatarUrl: avatarUrls(CAST.priya.accountId)['48x48'] },
      [CAST.lee.accountId]: { displayName: PEOPLE.lee.displayName, avatarUrl: avatarUrls(CAST.lee.accountId)['48x48'] },
      [CAST.quinn.accountId]: { displayName: PEOPLE.quinn.displayName, avatarUrl: avatarUrls(CAST.quinn.accountId)['48x48'] },
    });
    expect(bulkCalls(site)[0]?.query).toEqual({ maxResults: '5', startAt: '0' });
  });

  it("names the people of a write's answer too, the writer included", async () => {
    const site = fakeSite({ records: records({ handoff: fullHandoff() }) });
    const data = dataOf(await site.call('setTick', 'quinn', { payload: { revision: 0, gateId: 'release', criterionId: 'support-briefed', ticked: true } }));
    expect(data.people[CAST.quinn.accountId]?.displayName).toBe(PEOPLE.quinn.displayName);
  });

  it('makes no call when the panel names nobody', async () => {
    const site = fakeSite({ records: records() });
    expect(dataOf(await site.call('getPanel', 'dana')).people).toEqual({});
    expect(bulkCalls(site)).toHaveLength(0);
  });

  it('leaves out a person Jira does not return (deleted), showing the others', async () => {
    const ghost = '557058:00000000-dead-4bee-8000-000000000000';
    const site = fakeSite({
      records: records({ updatedBy: ghost, updatedAt: AT, revision: 1, gates: { release: { ticks: { 'support-briefed': tick('dana') } } } }),
    });
    const data = dataOf(await site.call('getPanel', 'dana'));
    expect(Object.keys(data.people)).toEqual([CAST.dana.accountId]);
    expect(bulkCalls(site)[0]?.repeatedQuery).toEqual({ accountId: [ghost, CAST.dana.accountId] });
  });

  it.each([
    ['a refusal', [jiraResponse(403, { errorMessages: ['No access'] })], 1],
    ['an answer of the wrong shape', [jiraResponse(200, { nope: true })], 1],
    ['Jira unavailable after the bounded retry', [jiraResponse(503), jiraResponse(503), jiraResponse(503)], 3],
  ])('never fails the panel over names: %s leaves them out', async (_what, answers, attempts) => {
    const site = fakeSite({ records: named() });
    site.queue(BULK, ...answers);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = dataOf(await site.call('getPanel', 'dana'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("shipshape: people's names left out of the panel for ABC-123"));
    warn.mockRestore();
    expect(data.people).toEqual({});
    expect(data.gates.length).toBeGreaterThan(0);
    expect(bulkCalls(site)).toHaveLength(attempts);
  });

  it("follows Jira's pages when it answers fewer people than asked, within a bound", async () => {
    const site = fakeSite({ records: named() });
    const one = (who: keyof typeof CAST, isLast: boolean) =>
      jiraResponse(200, { maxResults: 1, startAt: 0, isLast, values: [{ accountId: CAST[who].accountId, displayName: who, active: true }] });
    site.queue(BULK, one('dana', false), one('priya', false), one('lee', false), one('quinn', false));
    const data = dataOf(await site.call('getPanel', 'dana'));
    expect(bulkCalls(site).map((r) => r.query?.['startAt'])).toEqual(['0', '1', '2']);
    expect(Object.keys(data.people)).toEqual([CAST.dana.accountId, CAST.priya.accountId, CAST.lee.accountId]);
  });
});
