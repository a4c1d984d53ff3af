/**
 * The rule screen on a team-managed project's workflow: the project comes from the Forge
 * context's `extension.scopedProjectId` only, its admins are checked as themselves, and they are
 * offered that project's gates, the site's templates and the built-ins.
 */
import type { RuleOptions } from '../../src/config/rule-options';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import { configSite, dataOf, PROJECT_IDS } from './support/config-site';

const abcGate = { id: 'abc-release', name: 'ABC release', criteria: [{ id: 'fix-version', kind: 'field-set', field: 'fixVersions' }] };
const xyzGate = { id: 'xyz-release', name: 'XYZ release', criteria: [{ id: 'fix-version', kind: 'field-set', field: 'fixVersions' }] };
const teamManaged = (projectId: string | number) => ({
  extension: { entryPoint: 'edit', isNewEditor: true, workflowId: 'wf-tm', scopedProjectId: projectId, transitionContext: { id: '31' } },
});
const COMPANY_MANAGED = { extension: { entryPoint: 'edit', isNewEditor: true, workflowId: 'wf-cm', transitionContext: { id: '31' } } };

async function siteWithGates() {
  const site = configSite();
  dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [abcGate] }));
  dataOf(await site.call('saveGates', 'alex', { revision: 0, gates: [xyzGate] }, { extension: { project: { key: 'XYZ' } } }));
  dataOf(await site.call('saveSiteTemplates', 'alex', { revision: 0, gates: [{ ...abcGate, id: 'company-done', name: 'Company Done' }] }, {}));
  site.userRequests.length = 0;
  site.asApp.requests.length = 0;
  site.writes.length = 0;
  return site;
}

describe('the rule screen on a team-managed workflow', () => {
  it("lets the project's admin (not a Jira admin) pick from that project's gates, the site templates and the built-ins, checked as them", async () => {
    const site = await siteWithGates();
    const options = dataOf(await site.call<RuleOptions>('getRuleOptions', 'pat', {}, teamManaged(PROJECT_IDS['ABC'] as string)));
    expect(options.options.map((o) => [o.id, o.source])).toEqual([
      ['abc-release', 'project ABC'],
      ['company-done', 'site template'],
      ...BUILT_IN_TEMPLATES.map((g) => [g.id, 'built-in']),
    ]);
    expect(site.userRequests.map((r) => [r.path, r.query])).toEqual([
      ['/rest/api/3/mypermissions', { projectId: '10000', permissions: 'ADMINISTER_PROJECTS,ADMINISTER' }],
    ]);
    expect(site.asApp.requests.map((r) => r.path)).toEqual(['/rest/api/3/project/10000']);
    const chosen = dataOf(await site.call<RuleOptions>('chooseRuleGate', 'pat', { gateId: 'abc-release' }, teamManaged(10000)));
    expect(chosen.summary).toBe('Requires ABC release — 1 criterion');
  });

  it("does not offer nor accept another project's gates", async () => {
    const site = await siteWithGates();
    const other = await site.call('chooseRuleGate', 'pat', { gateId: 'xyz-release' }, teamManaged('10000'));
    expect(other.ok ? 'ok' : other.error).toMatchObject({ code: 'BAD_INPUT', problems: [{ path: 'gateId', message: 'was not found' }] });
    expect(await site.store.get('gates-usage')).toBeUndefined();
  });

  it("refuses someone who is not that project's admin, and a project Jira does not know", async () => {
    const site = await siteWithGates();
    const notHers = await site.call('getRuleOptions', 'pat', {}, teamManaged(PROJECT_IDS['XYZ'] as string));
    expect(notHers.ok ? 'ok' : notHers.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('team-managed project') });
    const emma = await site.call('chooseRuleGate', 'emma', { gateId: 'abc-release' }, teamManaged('10000'));
    expect(emma.ok ? 'ok' : emma.error.code).toBe('FORBIDDEN');
    const unknown = await site.call('getRuleOptions', 'pat', {}, teamManaged('99999'));
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('NOT_FOUND');
    const garbage = await site.call('getRuleOptions', 'pat', {}, teamManaged('ABC'));
    expect(garbage.ok ? 'ok' : garbage.error.code).toBe('BAD_INPUT');
    expect(site.asApp.requests).toEqual([]);
    expect(site.writes).toEqual([]);
  });

  it("a Jira admin may configure it too, and is offered only that project's gates there", async () => {
    const site = await siteWithGates();
    const options = dataOf(await site.call<RuleOptions>('getRuleOptions', 'alex', {}, teamManaged('10001')));
    expect(options.options.map((o) => o.id)).toContain('xyz-release');
    expect(options.options.map((o) => o.id)).not.toContain('abc-release');
  });
});

describe('the project is taken from the Forge context only', () => {
  it('a project admin is refused on a company-managed workflow, whatever the payload names', async () => {
    const site = await siteWithGates();
    for (const payload of [{}, { projectKey: 'ABC' }, { scopedProjectId: '10000' }]) {
      const result = await site.call('getRuleOptions', 'pat', payload, COMPANY_MANAGED);
      expect(result.ok ? 'ok' : result.error.code).toMatch(/^(FORBIDDEN|BAD_INPUT)$/);
    }
    expect(site.asApp.requests).toEqual([]);
  });

  it('a payload cannot widen a team-managed workflow to another project', async () => {
    const site = await siteWithGates();
    const result = await site.call('getRuleOptions', 'pat', { scopedProjectId: '10001' }, teamManaged('10000'));
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'BAD_INPUT', problems: [{ path: 'scopedProjectId', message: 'is not a known field' }] });
  });

  it("on a company-managed workflow a Jira admin gets every project's gates", async () => {
    const site = await siteWithGates();
    const options = dataOf(await site.call<RuleOptions>('getRuleOptions', 'alex', {}, COMPANY_MANAGED));
    expect(options.options.map((o) => o.id)).toEqual(expect.arrayContaining(['abc-release', 'xyz-release', 'company-done']));
    expect(site.userRequests.map((r) => r.query)).toEqual([{ permissions: 'ADMINISTER' }]);
  });
});
