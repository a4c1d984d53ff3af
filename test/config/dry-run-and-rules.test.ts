import type { RuleOptions } from '../../src/config/rule-options';
import type { ConfigData } from '../../src/config/get-config';
import type { SiteTemplatesData } from '../../src/config/site-templates';
import type { Verdict } from '../../src/domain/verdict';
import { definitionOfDoneTemplate } from '../../src/domain/templates';
import { CONFIG_CAST, configSite, dataOf } from './support/config-site';
import { projectGatesKey } from '../../src/gates/project-keys';
import { recordsKey } from '../../src/records/records-store';
import { idOf, records } from '../support/builders';

const fixVersionGate = { id: 'release', name: 'Release', criteria: [{ id: 'fix-version', kind: 'field-set', field: 'fixVersions' }] };
const RULE_CONTEXT = { extension: { entryPoint: 'edit', workflowId: 'wf-1', transitionContext: { id: '31' } } };

describe('dryRun', () => {
  it('gives the verdict of an unsaved gate on an item of the project, with one Get issue and nothing saved', async () => {
    const site = configSite();
    const { verdict } = dataOf(await site.call<{ verdict: Verdict }>('dryRun', 'pat', { issueKey: 'ABC-5', gate: fixVersionGate }));
    expect(verdict).toMatchObject({ gate: 'release', issue: 'ABC-5', passed: false, results: [{ id: 'fix-version', status: 'failed' }] });
    expect(site.asApp.requests.map((r) => r.path)).toEqual(['/rest/api/3/issue/ABC-5']);
    expect(site.userRequests.map((r) => r.query)).toEqual([
      { projectKey: 'ABC', permissions: 'ADMINISTER_PROJECTS,ADMINISTER' },
      { issueKey: 'ABC-5', permissions: 'BROWSE_PROJECTS' },
    ]);
    expect(site.writes).toEqual([]);
  });

  it("counts verifications against the QA verifiers of the project's set, as the validator does", async () => {
    const qaGate = { id: 'ready-for-qa', name: 'Ready for QA', qaVerifiers: { groups: ['qa'] }, criteria: [{ id: 'handoff', kind: 'handoff-complete' }] };
    const verified = (rights: object) =>
      records({
        handoff: { expectedBehaviours: [{ id: 'b1', text: 'Works' }] },
        verifications: { b1: { status: 'passed', accountId: 'acc-dev', at: '2026-12-01T10:00:00.000Z', text: 'Works', ...rights } },
      });
    const draft = { id: 'done', name: 'Done', criteria: [{ id: 'verified', kind: 'behaviours-verified' }] };
    for (const [rights, status] of [
      [{ mayEdit: true }, 'failed'],
      [{ groups: ['qa'], mayEdit: false }, 'passed'],
    ] as const) {
      const site = configSite({ [projectGatesKey('10000')]: { format: 'shipshape.gates/v1', gates: [qaGate] }, [recordsKey(idOf('ABC-5'))]: verified(rights) });
      const { verdict } = dataOf(await site.call<{ verdict: Verdict }>('dryRun', 'pat', { issueKey: 'ABC-5', gate: draft }));
      expect(verdict.results[0]?.status).toBe(status);
    }
  });

  it('refuses an item of another project, an item the caller cannot see, and a broken gate (by path)', async () => {
    const site = configSite();
    const other = await site.call('dryRun', 'pat', { issueKey: 'XYZ-1', gate: fixVersionGate });
    expect(other.ok ? 'ok' : other.error.problems).toMatchObject([{ path: 'issueKey', message: 'must be a work item of project ABC' }]);
    const hidden = await site.call('dryRun', 'olga', { issueKey: 'ABC-5', gate: fixVersionGate });
    expect(hidden.ok ? 'ok' : hidden.error.code).toBe('NOT_FOUND');
    const broken = await site.call('dryRun', 'pat', { issueKey: 'ABC-5', gate: { ...fixVersionGate, criteria: [{ id: 'x', kind: 'field-set' }] } });
    expect(broken.ok ? 'ok' : broken.error.problems?.map((p) => p.path)).toEqual(['gate.criteria[0].field']);
    expect(site.asApp.requests).toEqual([]);
  });
});

describe('searchGroups', () => {
  it('asks Jira as the caller for matching group names', async () => {
    const site = configSite();
    expect(dataOf(await site.call('searchGroups', 'pat', { query: 'qa' }))).toEqual({ groups: ['qa'] });
    expect(site.userRequests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions', '/rest/api/3/groups/picker']);
  });
});

describe('site templates', () => {
  it('a Jira admin keeps site templates that every project is then offered first', async () => {
    const site = configSite();
    const start = dataOf(await site.call<SiteTemplatesData>('getSiteTemplates', 'alex', {}, {}));
    expect(start.site.revision).toBe(0);
    const custom = { ...structuredClone(definitionOfDoneTemplate), id: 'company-done', name: 'Company Done' };
    const saved = dataOf(await site.call<SiteTemplatesData>('saveSiteTemplates', 'alex', { revision: 0, gates: [custom] }, {}));
    expect(saved.site.recentChanges[0]).toMatchObject({ action: 'create-gate', target: 'company-done' });
    const page = dataOf(await site.call<ConfigData>('getConfig', 'pat'));
    expect(page.templates[0]).toEqual({ source: 'site', gate: custom });
    expect(page.governedBy).toBe('site');
  });
});

describe('workflow rule configuration', () => {
  it('offers project, site and built-in gates and summarises the choice in one line', async () => {
    const site = configSite();
    dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [fixVersionGate] }));
    const options = dataOf(await site.call<RuleOptions>('getRuleOptions', 'alex', { gateId: 'definition-of-done' }, RULE_CONTEXT));
    expect(options.options[0]).toEqual({ id: 'release', name: 'Release', criteria: 1, source: 'project ABC' });
    expect(options.options.map((o) => o.id)).toContain('definition-of-done');
    expect(options.summary).toBe(`Requires Definition of Done — ${definitionOfDoneTemplate.criteria.length} criteria`);
    const gone = dataOf(await site.call<RuleOptions>('getRuleOptions', 'alex', { gateId: 'deleted-gate' }, RULE_CONTEXT));
    expect(gone.summary).toMatch(/no longer exists: this transition is blocked/);
  });

  it('chooseRuleGate checks the gate exists, remembers it (the fallback for "in use") and answers its summary', async () => {
    const site = configSite();
    dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [fixVersionGate] }));
    expect(dataOf(await site.call<RuleOptions>('chooseRuleGate', 'alex', { gateId: 'release', failOpen: true }, RULE_CONTEXT)).summary).toBe(
      'Requires Release — 1 criterion (lets the move through when Jira is down or too slow; never on a rate limit)',
    );
    expect(await site.store.get('gates-usage')).toEqual({ gateIds: { release: { at: expect.any(String), accountId: CONFIG_CAST.alex.accountId } } });
    const unknown = await site.call('chooseRuleGate', 'alex', { gateId: 'nope' }, RULE_CONTEXT);
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('BAD_INPUT');
  });

  it('on a workflow many projects may share, a project admin and a non-admin are refused; naming a project in the payload is refused too', async () => {
    const site = configSite();
    for (const who of ['pat', 'emma'] as const) {
      const result = await site.call('getRuleOptions', who, {}, RULE_CONTEXT);
      expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    }
    const named = await site.call('getRuleOptions', 'pat', { projectKey: 'ABC' }, RULE_CONTEXT);
    expect(named.ok ? 'ok' : named.error).toMatchObject({ code: 'BAD_INPUT', problems: [{ path: 'projectKey', message: 'is not a known field' }] });
    expect(site.asApp.requests).toEqual([]);
    expect(site.writes).toEqual([]);
  });
});
