/**
 * "In use" on the project settings page, read from Jira as the app
 * (`GET /rest/api/3/workflow/rule/config`): every page, bounded; unreadable configurations
 * listed; the remembered ids when Jira cannot be read, and said so.
 */
import type { ConfigData } from '../../src/config/get-config';
import { MAX_RULE_PAGES } from '../../src/jira/get-workflow-rule-configs';
import { jiraResponse } from '../support/fakes';
import { validateResponse } from '../support/openapi-contract';
import { configSite, dataOf, type RuleConfigAnswer } from './support/config-site';

const fixVersionGate = { id: 'release', name: 'Release', criteria: [{ id: 'fix-version', kind: 'field-set', field: 'fixVersions' }] };
const RULE_CONTEXT = { extension: { entryPoint: 'edit', workflowId: 'wf-1' } };
const KEY = 'ari:cloud:ecosystem::extension/5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42/env/static/shipshape-gate';

const rule = (id: number, name: string, value: string) => ({ id: `rule-${id}`, key: KEY, configuration: { value, disabled: false }, transition: { id, name } });
const workflow = (name: string, draft: boolean, validators: unknown[]) => ({ workflowId: { name, draft }, validators });
const page = (values: unknown[], startAt: number, isLast: boolean) => ({ isLast, maxResults: 50, startAt, total: values.length, values });

/** Pages of the answer, each checked against the spec before it is served. */
function pages(...answers: object[]): RuleConfigAnswer {
  for (const body of answers) expect(validateResponse('jira', 'GET', '/rest/api/3/workflow/rule/config', 200, body)).toMatchObject({ ok: true });
  return (query) =>
    jiraResponse(
      200,
      answers[Number(query['startAt'] ?? 0) === 0 ? 0 : answers.findIndex((a) => (a as { startAt: number }).startAt === Number(query['startAt']))],
    );
}

async function settingsWith(answer: RuleConfigAnswer) {
  const site = configSite({}, answer);
  dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [fixVersionGate] }));
  site.asApp.requests.length = 0;
  return { site, data: dataOf(await site.call<ConfigData>('getConfig', 'pat')) };
}

describe('which workflow rules use a gate, from Jira', () => {
  it('reads every page as the app, with types=validator&expand=transition, and names each rule using a gate', async () => {
    const first = page(
      [
        workflow('Software workflow', false, [rule(31, 'Done', '{"gateId":"release","failOpen":false}')]),
        workflow('Software workflow', true, [rule(31, 'Done', '{"gateId":"release"}')]),
      ],
      0,
      false,
    );
    const second = page(
      [workflow('Bug workflow', false, [rule(21, 'Ready for QA', '{"gateId":"ready-for-qa"}')]), workflow('Empty workflow', false, [])],
      2,
      true,
    );
    const { site, data } = await settingsWith(pages(first, second));
    const reads = site.asApp.requests.filter((r) => r.path === '/rest/api/3/workflow/rule/config');
    expect(reads.map((r) => r.query)).toEqual([
      { types: 'validator', expand: 'transition', startAt: '0', maxResults: '50' },
      { types: 'validator', expand: 'transition', startAt: '2', maxResults: '50' },
    ]);
    expect(site.userRequests.filter((r) => r.path.includes('workflow'))).toEqual([]);
    expect(data.ruleUsage).toEqual({
      source: 'jira',
      byGate: {
        release: [
          { workflow: 'Software workflow', draft: false, transition: { id: '31', name: 'Done' } },
          { workflow: 'Software workflow', draft: true, transition: { id: '31', name: 'Done' } },
        ],
        'ready-for-qa': [{ workflow: 'Bug workflow', draft: false, transition: { id: '21', name: 'Ready for QA' } }],
      },
      unreadable: [],
    });
    expect(Object.keys(data.ruleUsage.byGate).sort()).toEqual(['ready-for-qa', 'release']);
  });

  it('a rule removed in Jira is no longer in use, even though the rule screen once chose its gate', async () => {
    const site = configSite({}, pages(page([], 0, true)));
    dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [fixVersionGate] }));
    dataOf(await site.call('chooseRuleGate', 'alex', { gateId: 'release' }, RULE_CONTEXT));
    const data = dataOf(await site.call<ConfigData>('getConfig', 'pat'));
    expect(Object.keys(data.ruleUsage.byGate).sort()).toEqual([]);
    expect(data.ruleUsage).toEqual({ source: 'jira', byGate: {}, unreadable: [] });
  });

  it('lists configurations it cannot read (not JSON, no gate, a bad id) instead of failing', async () => {
    const values = [
      workflow('Legacy', false, [
        rule(11, 'Start', 'not json'),
        rule(21, 'Review', '{}'),
        rule(31, 'Done', '{"gateId":"Bad Id"}'),
        rule(41, 'Close', '"release"'),
      ]),
    ];
    const { data } = await settingsWith(pages(page(values, 0, true)));
    expect(Object.keys(data.ruleUsage.byGate).sort()).toEqual([]);
    expect(data.ruleUsage.unreadable).toEqual([
      { workflow: 'Legacy', draft: false, transition: { id: '11', name: 'Start' }, problem: expect.stringMatching(/^\(root\): is not valid JSON \(/) },
      { workflow: 'Legacy', draft: false, transition: { id: '21', name: 'Review' }, problem: 'gateId: no gate is chosen' },
      { workflow: 'Legacy', draft: false, transition: { id: '31', name: 'Done' }, problem: 'gateId: must be an id: 1–64 characters a–z, 0–9 or "-"' },
      { workflow: 'Legacy', draft: false, transition: { id: '41', name: 'Close' }, problem: expect.stringMatching(/^\(root\): /) },
    ]);
  });

  it('stops when the pages reach the total (no isLast), and marks disabled rules', async () => {
    const disabled = { ...rule(31, 'Done', '{"gateId":"release"}'), configuration: { value: '{"gateId":"release"}', disabled: true } };
    const answer: RuleConfigAnswer = (query) =>
      jiraResponse(200, { startAt: Number(query['startAt']), maxResults: 50, total: 1, values: [workflow('Software workflow', false, [disabled])] });
    const { site, data } = await settingsWith(answer);
    expect(site.asApp.requests.filter((r) => r.path === '/rest/api/3/workflow/rule/config')).toHaveLength(1);
    expect(data.ruleUsage.byGate).toEqual({
      release: [{ workflow: 'Software workflow', draft: false, transition: { id: '31', name: 'Done' }, disabled: true }],
    });
  });

  it(`stops after ${MAX_RULE_PAGES} pages and says the list may be incomplete`, async () => {
    const endless: RuleConfigAnswer = (query) =>
      jiraResponse(200, page([workflow(`Workflow ${query['startAt']}`, false, [rule(31, 'Done', '{"gateId":"release"}')])], Number(query['startAt']), false));
    const { site, data } = await settingsWith(endless);
    expect(site.asApp.requests.filter((r) => r.path === '/rest/api/3/workflow/rule/config')).toHaveLength(MAX_RULE_PAGES);
    expect(data.ruleUsage.byGate['release']).toHaveLength(MAX_RULE_PAGES);
    expect(data.ruleUsage.incomplete).toMatch(/^Only the first 500 workflows with Shipshape rules were read/);
  });

  it.each([
    ['429 (after the retries)', 429],
    ['500', 500],
    ['403', 403],
  ])('when Jira answers %s, the page still loads with the remembered ids and says the list may be incomplete', async (_what, status) => {
    const site = configSite({}, () => jiraResponse(status, { errorMessages: ['no'], errors: {} }));
    dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [fixVersionGate] }));
    dataOf(await site.call('chooseRuleGate', 'alex', { gateId: 'release' }, RULE_CONTEXT));
    const data = dataOf(await site.call<ConfigData>('getConfig', 'pat'));
    expect(Object.keys(data.ruleUsage.byGate).sort()).toEqual(['release']);
    expect(data.ruleUsage).toEqual({
      source: 'remembered',
      byGate: { release: [] },
      unreadable: [],
      incomplete: expect.stringContaining("Jira's workflow rules could not be read"),
    });
  });

  it("a person without Administer Projects is refused before Jira's rules are read", async () => {
    const site = configSite({}, pages(page([], 0, true)));
    const result = await site.call('getConfig', 'emma');
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    expect(site.asApp.requests).toEqual([]);
  });
});
