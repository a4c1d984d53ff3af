import { checkCall } from '../support/openapi-contract';
import { JIRA_OPERATIONS } from '../../src/jira/jira-operations';
import type { JiraRequest } from '../../src/ports/jira-client';
import { definitionOfDoneTemplate } from '../../src/domain/templates';
import { configSite, type ConfigWho } from './support/config-site';

const dod = structuredClone(definitionOfDoneTemplate);
const RULE_CONTEXT = { extension: { entryPoint: 'view' } };
const TEAM_MANAGED_RULE = { extension: { entryPoint: 'edit', isNewEditor: true, scopedProjectId: '10000' } };
const PAGE = { extension: { type: 'jira:projectSettingsPage', project: { key: 'ABC' } } };
const calls: Array<[string, ConfigWho, unknown, Record<string, unknown>]> = [
  ['getConfig', 'pat', {}, PAGE],
  ['saveGates', 'pat', { revision: 0, gates: [dod] }, PAGE],
  ['importGates', 'pat', { revision: 0, mode: 'merge', text: JSON.stringify({ format: 'shipshape.gates/v1', gates: [dod] }) }, PAGE],
  ['exportGates', 'pat', {}, PAGE],
  ['dryRun', 'pat', { issueKey: 'ABC-5', gate: dod }, PAGE],
  ['searchGroups', 'pat', { query: 'q' }, PAGE],
  ['searchPeople', 'pat', { query: 'a' }, PAGE],
  ['getSiteTemplates', 'alex', {}, {}],
  ['saveSiteTemplates', 'alex', { revision: 0, gates: [dod] }, {}],
  ['getRuleOptions', 'alex', { gateId: 'definition-of-done' }, RULE_CONTEXT],
  ['chooseRuleGate', 'alex', { gateId: 'definition-of-done' }, RULE_CONTEXT],
  ['getRuleOptions', 'pat', { gateId: 'definition-of-done' }, TEAM_MANAGED_RULE],
  ['chooseRuleGate', 'pat', { gateId: 'definition-of-done' }, TEAM_MANAGED_RULE],
];
const templates = Object.values(JIRA_OPERATIONS).map((op) => op.template);
/** A request's query as the spec check takes it: repeated parameters as lists. */
const queryOf = ({ query, repeatedQuery }: JiraRequest) => ({
  ...query,
  ...Object.fromEntries(Object.entries(repeatedQuery ?? {}).map(([k, v]) => [k, [...v]])),
});

describe('the requests the configuration resolvers really send', () => {
  it.each(calls)('%s as %s: every request is in the registry and conforms to the spec', async (name, who, payload, context) => {
    const site = configSite();
    const result = await site.call(name, who, payload, context);
    expect(result.ok).toBe(true);
    const sent: JiraRequest[] = [...site.userRequests, ...site.asApp.requests];
    for (const request of sent) {
      const check = checkCall('jira', { method: request.method, path: request.path, query: queryOf(request) });
      expect({ path: request.path, check }).toEqual({ path: request.path, check: expect.objectContaining({ ok: true, scopeSource: 'current' }) });
      if (check.ok) expect(templates).toContain(check.template);
    }
    expect(site.userRequests[0]?.path).toBe('/rest/api/3/mypermissions');
  });
});
