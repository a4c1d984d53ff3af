import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkCall } from '../support/openapi-contract';
import { jiraResponse, recordingJira, fakeClock } from '../support/fakes';
import { JIRA_OPERATIONS } from '../../src/jira/jira-operations';
import { validateTransition } from '../../src/validator/validate-transition';
import { VALIDATOR_RETRY_POLICY } from '../../src/jira/retry-policy';
import { memoryStore } from '../../src/adapters/memory-store';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import { projectGatesKey } from '../../src/gates/gate-library';
import type { JiraRequest } from '../../src/ports/jira-client';

const root = resolve(__dirname, '../..');
const manifestScopes: string[] = (parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { permissions: { scopes: string[] } }).permissions.scopes;
const story = JSON.parse(readFileSync(join(root, 'test/fixtures/jira/issue-story-ready.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
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
    const store = memoryStore({ [projectGatesKey('ABC')]: { format: 'shipshape.gates/v1', gates: [gate] } });
    await validateTransition({ issue: { key: 'ABC-1' }, configuration: { gateId: gate.id } }, { jira, store, clock: fakeClock(), retry: VALIDATOR_RETRY_POLICY });
    expect(jira.requests).toHaveLength(1);
    const { method, path, query } = jira.requests[0] as JiraRequest;
    const check = checkCall('jira', { method, path, query: query ?? {} });
    expect(check).toMatchObject({ ok: true, template: JIRA_OPERATIONS.getIssue.template });
  });
});

describe('manifest scopes', () => {
  const usesKvs = appSources.some((f) => f.text.includes("from '@forge/kvs'"));
  const required = new Set<string>(usesKvs ? ['storage:app'] : []);
  for (const op of Object.values(JIRA_OPERATIONS)) {
    const check = checkCall('jira', { method: op.method, path: op.template });
    if (check.ok) check.scopes.forEach((s) => required.add(s));
  }

  it('declares exactly the Current scopes of the operations the app calls, plus storage:app for @forge/kvs', () => {
    expect([...manifestScopes].sort()).toEqual([...required].sort());
  });
});

describe('Jira calls go only through the declared operations', () => {
  it('only the Forge adapter calls requestJira', () => {
    const callers = appSources.filter((f) => /requestJira\s*\(/.test(f.text)).map((f) => f.path);
    expect(callers).toEqual(['src/adapters/forge-jira-client.ts']);
  });

  it('no source file but the operation registry spells a Jira REST path', () => {
    const spelling = appSources.filter((f) => /['"`]\/rest\/api\//.test(f.text)).map((f) => f.path);
    expect(spelling).toEqual(['src/jira/jira-operations.ts']);
  });
});
