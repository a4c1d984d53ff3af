import { bundledWords } from '../../src/adapters/bundled-words';
import { scopeNames } from '../../scripts/deploy/manifest-scopes';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkCall, findOperation, loadSpec } from '../support/openapi-contract';
import { jiraResponse, recordingJira, fakeClock } from '../support/fakes';
import { JIRA_OPERATIONS } from '../../src/jira/jira-operations';
import { validateTransition } from '../../src/validator/validate-transition';
import { VALIDATOR_RETRY_POLICY } from '../../src/jira/retry-policy';
import { memoryStore } from '../../src/adapters/memory-store';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import { legacyProjectGatesKey } from '../../src/gates/project-keys';
import type { JiraRequest } from '../../src/ports/jira-client';
import { ISSUE_RESOLVERS } from '../../src/resolvers/issue-resolvers';
import { CAST, fakeSite, type Who } from '../resolvers/support/fake-site';
import { approval, fullHandoff, records, verification, waiver } from '../support/builders';
import { ownEntry } from '../../src/domain/own-entry';
import { onIssueEvent } from '../../src/triggers/search-index-trigger';

const root = resolve(__dirname, '../..');
const manifestScopes: string[] = scopeNames(
  (parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { permissions: { scopes: unknown } }).permissions.scopes,
);
const story = JSON.parse(readFileSync(join(root, 'test/fixtures/jira/issue-story-ready.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
/** A request's query as the spec check takes it: repeated parameters as lists. */
const queryOf = ({ query, repeatedQuery }: JiraRequest) => ({
  ...query,
  ...Object.fromEntries(Object.entries(repeatedQuery ?? {}).map(([k, v]) => [k, [...v]])),
});
/** The manifest's scopes for Jira and app storage (Confluence's are checked by their own suite). */
const jiraScopes = (scopes: string[]) => scopes.filter((s) => s.endsWith(':jira-work') || s.endsWith(':jira-user') || /:jira$/.test(s) || s === 'storage:app');

const appSources = sourceFiles(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

describe('every Jira operation the app declares', () => {
  it.each(Object.entries(JIRA_OPERATIONS))('%s exists in the Jira platform v3 spec with the query parameters it uses', (_id, op) => {
    const check = checkCall('jira', { method: op.method, path: op.template, query: Object.fromEntries(op.query.map((q) => [q, 'x'])) });
    expect(check).toMatchObject({ ok: true, template: op.template, scopeSource: 'current' });
  });
});

describe('the requests the app really sends', () => {
  const gates = [...BUILT_IN_TEMPLATES, { id: 'fields', name: 'Fields', criteria: [{ id: 'sp', kind: 'field-set' as const, field: 'customfield_10016' }] }];

  it.each(gates.map((g) => [g.id, g] as const))('the validator with gate %s sends one spec-conformant call', async (_id, gate) => {
    const jira = recordingJira(() => jiraResponse(200, story));
    const store = memoryStore({ [legacyProjectGatesKey('ABC')]: { format: 'shipshape.gates/v1', gates: [gate] } });
    await validateTransition(
      { issue: { key: 'ABC-1' }, configuration: { gateId: gate.id } },
      { jira, store, clock: fakeClock(), retry: VALIDATOR_RETRY_POLICY, words: bundledWords },
    );
    expect(jira.requests).toHaveLength(1);
    const { method, path, query } = jira.requests[0] as JiraRequest;
    const check = checkCall('jira', { method, path, query: query ?? {} });
    expect(check).toMatchObject({ ok: true, template: JIRA_OPERATIONS.getIssue.template });
  });
});

describe('the requests the issue resolvers really send', () => {
  /** Each resolver as someone it allows, over records where it has something to do. */
  const calls: Array<[string, Who, Record<string, unknown>]> = [
    // The panel's own load, which also reads the next transitions.
    ['getPanel', 'lee', { withNext: true }],
    ['saveHandoff', 'dana', { revision: 1, handoff: { summary: 'Checkout remembers the last card.', expectedBehaviours: [{ text: 'New behaviour' }] } }],
    ['setTick', 'dana', { revision: 1, gateId: 'release', criterionId: 'support-briefed', ticked: true }],
    ['verifyBehaviour', 'quinn', { revision: 1, behaviourId: 'b1', status: 'passed' }],
    ['createBug', 'quinn', { revision: 1, behaviourId: 'b1' }],
    ['approve', 'priya', { revision: 1, gateId: 'release', criterionId: 'product-approval' }],
    ['revokeApproval', 'lee', { revision: 1, gateId: 'release', criterionId: 'product-approval' }],
    ['waive', 'lee', { revision: 1, gateId: 'ready-for-qa', criterionId: 'build-deployed', reason: 'Nothing to deploy' }],
    ['revokeWaiver', 'lee', { revision: 1, gateId: 'ready-for-qa', criterionId: 'build-deployed' }],
  ];
  const start = () =>
    records({
      revision: 1,
      handoff: fullHandoff(),
      gates: {
        release: { approvals: { 'product-approval': [{ ...approval('lee', { groups: ['release-managers'] }), accountId: CAST.lee.accountId }] } },
        'ready-for-qa': {
          waivers: { 'build-deployed': { ...waiver('lee', 'Config only', { projectRoles: ['Administrators'] }), accountId: CAST.lee.accountId } },
        },
      },
    });
  const templates = Object.values(JIRA_OPERATIONS).map((op) => op.template);

  it('covers every resolver', () => {
    expect(calls.map(([name]) => name).sort()).toEqual(Object.keys(ISSUE_RESOLVERS).sort());
  });

  it.each(calls)(
    '%s as %s: every request conforms to the spec; only the permission check (and the panel load’s transitions, a bug’s create and link) are asked as the user',
    async (name, who, payload) => {
      // A bug is filed only from a failed behaviour.
      const failed = { b1: verification(fullHandoff().expectedBehaviours?.[0]?.text ?? '', 'failed') };
      const site = fakeSite({ records: name === 'createBug' ? { ...start(), verifications: failed } : start() });
      site.queue(JIRA_OPERATIONS.createIssue.template, jiraResponse(201, { id: '10200', key: 'ABC-200' }));
      site.queue(JIRA_OPERATIONS.linkIssues.template, jiraResponse(201));
      const result = await site.call(name, who, { payload });
      expect(result.ok).toBe(true);
      const sent = [...site.userRequests, ...site.asApp.requests];
      expect(sent.length).toBeGreaterThanOrEqual(2);
      for (const request of sent) {
        const { method, path } = request;
        const check = checkCall('jira', { method, path, query: queryOf(request) });
        expect({ method, path, check }).toEqual({ method, path, check: expect.objectContaining({ ok: true, scopeSource: 'current' }) });
        if (check.ok) expect(templates).toContain(check.template);
      }
      const asUser = { getPanel: ['/rest/api/3/issue/10123/transitions'], createBug: ['/rest/api/3/issue', '/rest/api/3/issueLink'] };
      expect(site.userRequests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions', ...(ownEntry(asUser, name) ?? [])]);
      // createBug reads the item again after linking the bug, so its answer counts the bug.
      expect(site.asApp.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/rest/api/3/issue/'))).toHaveLength(name === 'createBug' ? 2 : 1);
      expect(site.asApp.requests.filter((r) => r.path === JIRA_OPERATIONS.bulkGetUsers.template)).toHaveLength(1);
      const propertyWrites = site.asApp.requests.filter((r) => r.method === 'PUT');
      expect(propertyWrites.map((r) => r.path)).toEqual(name === 'getPanel' ? [] : ['/rest/api/3/issue/10123/properties/shipshape']);
    },
  );

  it("without the panel's context too (the item's project learnt from Jira)", async () => {
    const site = fakeSite({ records: start() });
    expect((await site.call('getPanel', 'dana', { payload: { issueId: '10123' }, context: {} })).ok).toBe(true);
    for (const request of site.asApp.requests)
      expect(checkCall('jira', { method: request.method, path: request.path, query: queryOf(request) })).toMatchObject({ ok: true });
  });
});

describe('the requests the search index trigger really sends', () => {
  it.each([
    ['a story', story, 2],
    [
      'a sub-task (its parent refreshed too)',
      { ...story, fields: { ...story.fields, issuetype: { id: '10003', name: 'Sub-task', subtask: true }, parent: { id: '10100', key: 'ABC-100' } } },
      4,
    ],
  ])('for %s: Get issue and PUT property only, each conformant', async (_what, item, expected) => {
    const jira = recordingJira((r) => (r.method === 'PUT' ? jiraResponse(201) : jiraResponse(200, item)));
    await onIssueEvent(
      { eventType: 'avi:jira:updated:issue', issue: { id: '10123', key: 'ABC-123' } },
      { jira, store: memoryStore(), clock: fakeClock(), retry: VALIDATOR_RETRY_POLICY },
    );
    expect(jira.requests).toHaveLength(expected);
    for (const request of jira.requests) {
      const check = checkCall('jira', { method: request.method, path: request.path, query: queryOf(request) });
      expect(check).toMatchObject({ ok: true });
      if (check.ok) expect([JIRA_OPERATIONS.getIssue.template, JIRA_OPERATIONS.setIssueProperty.template]).toContain(check.template);
    }
  });
});

describe('manifest scopes', () => {
  const usesKvs = appSources.some((f) => f.text.includes("from '@forge/kvs'"));
  const required = new Set<string>(usesKvs ? ['storage:app'] : []);
  /** An operation naming its `scope` is declared with that one, which must be among the spec's scopes for it (of any state). */
  const scopesOf = (op: (typeof JIRA_OPERATIONS)[keyof typeof JIRA_OPERATIONS]) => {
    const check = checkCall('jira', { method: op.method, path: op.template, query: Object.fromEntries(op.query.map((q) => [q, 'x'])) });
    if (!check.ok) throw new Error(`${op.method} ${op.template}: ${check.problems.join('; ')}`);
    if (!('scope' in op)) return check.scopes;
    const listed = (findOperation(loadSpec('jira'), op.method, op.template)?.operation['x-atlassian-oauth2-scopes'] ?? []).flatMap((e) => e.scopes);
    if (!listed.includes(op.scope)) throw new Error(`${op.method} ${op.template}: the spec does not list ${op.scope} (it lists ${listed.join(', ')})`);
    return [op.scope];
  };
  for (const op of Object.values(JIRA_OPERATIONS)) scopesOf(op).forEach((s) => required.add(s));

  it('declares exactly the Current scopes of the operations the app calls, plus storage:app for @forge/kvs', () => {
    expect(jiraScopes(manifestScopes).sort()).toEqual([...required].sort());
  });

  it.each(Object.entries(JIRA_OPERATIONS))('covers %s', (_id, op) => {
    expect(scopesOf(op).length).toBeGreaterThan(0);
    expect(manifestScopes).toEqual(expect.arrayContaining(scopesOf(op)));
  });

  it("reads users (groups, names), work and workflows (Shipshape's own rules), writes work only for the search summary property, QA's bugs and QA's evidence files, and uses app storage", () => {
    expect(jiraScopes(manifestScopes).sort()).toEqual(['read:jira-user', 'read:jira-work', 'read:workflow:jira', 'storage:app', 'write:jira-work']);
    expect(manifestScopes).not.toContain('manage:jira-configuration');
    // Jira's bulk fetch reads work items with a POST (the keys go in the body); its scope is read:jira-work.
    const readsByPost = ['bulkFetchIssues'];
    expect(scopesOf(JIRA_OPERATIONS.bulkFetchIssues)).toEqual(['read:jira-work']);
    const writes = Object.entries(JIRA_OPERATIONS)
      .filter(([id, op]) => op.method !== 'GET' && !readsByPost.includes(id))
      .map(([id]) => id);
    expect(writes).toEqual(['createIssue', 'linkIssues', 'addAttachment', 'setIssueProperty']);
  });
});

describe('Jira calls go only through the declared operations', () => {
  it('only the Forge adapter calls requestJira (the user-scoped adapter shares its code)', () => {
    const callers = appSources.filter((f) => /requestJira\s*\(/.test(f.text)).map((f) => f.path);
    expect(callers).toEqual(['src/adapters/forge-jira-client.ts']);
  });

  it('of the screens, only the panel’s evidence upload calls requestJira (as the person), through the operation registry', () => {
    const screens = sourceFiles(join(root, 'static'))
      .filter((path) => !path.includes('/build/') && !path.includes('node_modules'))
      .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
    expect(screens.length).toBeGreaterThan(50);
    expect(screens.filter((f) => /requestJira\s*\(/.test(f.text)).map((f) => f.path)).toEqual(['static/issue-panel/src/upload-evidence.ts']);
    expect(screens.filter((f) => /['"`]\/rest\/api\//.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('no source file but the operation registry spells a Jira REST path', () => {
    const spelling = appSources.filter((f) => /['"`]\/rest\/api\//.test(f.text)).map((f) => f.path);
    expect(spelling).toEqual(['src/jira/jira-operations.ts']);
  });
});
