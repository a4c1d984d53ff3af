import { readSearchSummary, SEARCH_PROPERTY_KEY } from '../../src/domain/summary/search-summary';
import { fullHandoff, records } from '../support/builders';
import { jiraResponse } from '../support/fakes';
import { dataOf, fakeSite } from './support/fake-site';

const PROPERTY = `/rest/api/3/issue/10123/properties/${SEARCH_PROPERTY_KEY}`;
const puts = (site: ReturnType<typeof fakeSite>) => site.asApp.requests.filter((r) => r.method === 'PUT');
const tickSupport = (revision: number, ticked = true) => ({ payload: { revision, gateId: 'release', criterionId: 'support-briefed', ticked } });

describe("the search summary kept in step by the resolvers' writes", () => {
  it('is written as the app after a saved write, from the fresh records', async () => {
    const site = fakeSite({ records: records({ handoff: fullHandoff() }) });
    dataOf(await site.call('setTick', 'dana', tickSupport(0)));
    expect(puts(site).map((r) => r.path)).toEqual([PROPERTY]);
    expect(site.userRequests.some((r) => r.method === 'PUT')).toBe(false);
    const summary = readSearchSummary(site.property(SEARCH_PROPERTY_KEY));
    expect(summary).toMatchObject({
      failingGates: ['ready-for-qa', 'release'],
      failingChecks: ['ready-for-qa/build-deployed', 'release/verified', 'release/product-approval'],
      passingGates: [],
      handoff: 'complete',
      behaviours: { total: 1, passed: 0, failed: 0, unverified: 1 },
      checkedAt: new Date(site.clock.now()).toISOString(),
    });
  });

  it('is not rewritten when a write leaves it as the item loaded it', async () => {
    const site = fakeSite({ records: records({ handoff: fullHandoff() }) });
    dataOf(await site.call('setTick', 'dana', tickSupport(0)));
    // A new summary text changes no searchable value.
    dataOf(await site.call('saveHandoff', 'dana', { payload: { revision: 1, handoff: { summary: 'Shorter summary.' } } }));
    expect(puts(site)).toHaveLength(1);
    // Unticking does: "support-briefed" fails again.
    dataOf(await site.call('setTick', 'dana', tickSupport(2, false)));
    expect(puts(site)).toHaveLength(2);
    expect(readSearchSummary(site.property(SEARCH_PROPERTY_KEY))?.failingChecks).toContain('release/support-briefed');
  });

  it('is never written by getPanel, nor by a write that changes nothing', async () => {
    const site = fakeSite({ records: records({ handoff: fullHandoff(), revision: 3 }) });
    dataOf(await site.call('getPanel', 'dana'));
    dataOf(await site.call('setTick', 'dana', tickSupport(3, false)));
    expect(puts(site)).toHaveLength(0);
  });

  it.each([
    ['Jira refuses it', [jiraResponse(403, { errorMessages: ['You do not have permission to edit issues in this project.'] })]],
    ['Jira is unavailable after the bounded retry', [jiraResponse(503), jiraResponse(503), jiraResponse(503)]],
  ])('a failed summary write (%s) keeps the saved write and answers the saved panel', async (_what, answers) => {
    const site = fakeSite({ records: records({ handoff: fullHandoff() }) });
    site.queue(PROPERTY, ...answers);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await site.call('setTick', 'dana', tickSupport(0));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('shipshape: search summary of ABC-123 not updated'));
    warn.mockRestore();
    const data = dataOf(result);
    expect(data.revision).toBe(1);
    expect((await site.records())?.gates?.['release']?.ticks?.['support-briefed']).toBeDefined();
    expect((await site.audit())?.entries).toHaveLength(1);
    expect(site.property(SEARCH_PROPERTY_KEY)).toBeUndefined();
    // The next write catches the summary up.
    dataOf(await site.call('saveHandoff', 'dana', { payload: { revision: 1, handoff: { testData: '' } } }));
    expect(readSearchSummary(site.property(SEARCH_PROPERTY_KEY))).toMatchObject({ handoff: 'incomplete', handoffMissing: ['testData'] });
  });

  it('overwrites a summary someone edited by hand, since nothing trusts it', async () => {
    const site = fakeSite({ records: records({ handoff: fullHandoff() }), properties: { [SEARCH_PROPERTY_KEY]: { failingGates: [], handoff: 'complete' } } });
    dataOf(await site.call('setTick', 'dana', tickSupport(0)));
    expect(readSearchSummary(site.property(SEARCH_PROPERTY_KEY))?.failingGates).toEqual(['ready-for-qa', 'release']);
  });
});
