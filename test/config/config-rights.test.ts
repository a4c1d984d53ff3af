import { CONFIG_RESOLVERS } from '../../src/config/config-resolvers';
import { definitionOfDoneTemplate } from '../../src/domain/templates';
import { configSite, dataOf } from './support/config-site';

const dod = { ...definitionOfDoneTemplate };
const payloads: Record<string, unknown> = {
  getConfig: {},
  saveGates: { revision: 0, gates: [dod] },
  deleteGate: { revision: 0, gateId: 'definition-of-done' },
  importGates: { revision: 0, mode: 'merge', text: JSON.stringify({ format: 'shipshape.gates/v1', gates: [dod] }) },
  exportGates: {},
  dryRun: { issueKey: 'ABC-5', gate: dod },
  searchGroups: { query: 'qa' },
  searchPeople: { query: 'a' },
  getSiteTemplates: {},
  saveSiteTemplates: { revision: 0, gates: [dod] },
  saveInsightRetention: { retentionMonths: 6 },
  getRuleOptions: { gateId: 'definition-of-done' },
  chooseRuleGate: { gateId: 'definition-of-done' },
};

describe('the configuration resolvers refuse people without the right, checked as the user before anything else', () => {
  it('covers every resolver', () => expect(Object.keys(payloads).sort()).toEqual(Object.keys(CONFIG_RESOLVERS).sort()));

  it.each(Object.keys(payloads))('%s: Emma (no admin rights) is refused, nothing is read as the app nor written', async (name) => {
    const site = configSite();
    const result = await site.call(name, 'emma', payloads[name]);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/Administer|Jira admin/) } });
    expect(site.asApp.requests).toEqual([]);
    expect(site.writes).toEqual([]);
    expect(site.userRequests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
  });

  it.each(['getSiteTemplates', 'saveSiteTemplates', 'saveInsightRetention'])('%s: a project admin who is not a Jira admin is refused', async (name) => {
    const site = configSite();
    const result = await site.call(name, 'pat', payloads[name]);
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    expect(site.writes).toEqual([]);
  });

  it('a project admin may not change another project by naming it in the payload', async () => {
    const site = configSite();
    const result = await site.call('saveGates', 'pat', { projectKey: 'XYZ', revision: 0, gates: [dod] });
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'BAD_INPUT', problems: [{ path: 'projectKey' }] });
    const outside = await site.call('saveGates', 'pat', { projectKey: 'XYZ', revision: 0, gates: [dod] }, {});
    expect(outside.ok ? 'ok' : outside.error.code).toBe('FORBIDDEN');
    expect(site.writes).toEqual([]);
  });

  it("the project comes from the page's context; a project Jira does not know is NOT_FOUND", async () => {
    const site = configSite();
    expect(dataOf(await site.call('getConfig', 'alex', {}, { extension: { project: { key: 'ABC' } } }))).toMatchObject({ projectKey: 'ABC' });
    const missing = await site.call('getConfig', 'alex', {}, { extension: { project: { key: 'NOPE' } } });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });

  it('a Jira admin (Alex) and a project admin (Pat) may configure ABC', async () => {
    const site = configSite();
    for (const who of ['alex', 'pat'] as const)
      expect(dataOf(await site.call('getConfig', who))).toMatchObject({ projectKey: 'ABC', rights: { administerProject: true } });
  });
});
