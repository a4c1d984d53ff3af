/**
 * The JQL search index in the sandbox: the stand-in indexes the `shipshape` issue property by the
 * aliases the manifest's `jira:entityProperty` module declares; the sandbox computes every item's
 * summary at start, the app's trigger keeps it in step after edits and transitions (the
 * stand-in's issue events), and the resolvers' writes update it too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox/server/sandbox-server';
import { ALEX, EMMA, PRIYA } from '../../sandbox/standin/demo-users';
import { DACI_FORMAT } from '../../src/domain/daci/daci-values';
import { SEED_CONFLUENCE, SEED_ISSUES } from '../../sandbox/standin/seed';
import { indexedValuesFromFile } from '../../sandbox/standin/entity-property-index';
import { parseJql } from '../../sandbox/standin/jql';
import { SEARCH_PROPERTY_KEY } from '../../src/domain/summary/search-summary';
import { basic, queryString, removeDir } from './standin-harness';

const root = resolve(__dirname, '../..');
let sandbox: Sandbox;
let stateDir: string;

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'shipshape-search-'));
  sandbox = await startSandbox({ root, port: 0, stateDir, reset: true });
});
afterAll(async () => {
  await sandbox.close();
  removeDir(stateDir);
});

async function search(jql: string): Promise<{ status: number; keys: string[]; body: unknown }> {
  const response = await fetch(`${sandbox.url}/rest/api/3/search/jql${queryString({ jql, fields: 'summary', maxResults: '500' })}`, {
    headers: { Authorization: basic(EMMA.emailAddress) },
  });
  const body = (await response.json()) as { issues?: Array<{ key: string }> };
  return { status: response.status, keys: (body.issues ?? []).map((i) => i.key).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])), body };
}
const call = (method: string, path: string, body?: unknown) =>
  fetch(`${sandbox.url}${path}`, {
    method,
    headers: { Authorization: basic(EMMA.emailAddress), 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const summaryOf = (key: string) =>
  sandbox.standIn.snapshot().issues.find((i) => i.key === key)?.properties[SEARCH_PROPERTY_KEY] as Record<string, unknown> | undefined;

describe('the shipshape search index in the sandbox', () => {
  it("reads the aliases from the manifest's jira:entityProperty module (100 values at most in all)", () => {
    const values = indexedValuesFromFile(join(root, 'manifest.yml'));
    expect(values.map((v) => v.searchAlias)).toEqual(
      expect.arrayContaining([
        'shipshapeFailingGates',
        'shipshapePassingGates',
        'shipshapeHandoff',
        'shipshapeUnverifiedBehaviours',
        'shipshapeFailedBehaviours',
        'shipshapeCheckedAt',
      ]),
    );
    expect(values.length).toBeLessThanOrEqual(100);
    expect(new Set(values.map((v) => v.path)).size).toBe(values.length);
  });

  it('gives every item a summary at start', () => {
    const items = sandbox.standIn.snapshot().issues;
    expect(items.filter((i) => summaryOf(i.key) === undefined).map((i) => i.key)).toEqual([]);
    expect(summaryOf(SEED_ISSUES.deliveryEstimate.key)).toMatchObject({ failingChecks: expect.arrayContaining(['definition-of-done/fix-version']) });
  });

  it('finds items whose Done gate fails, by alias and by issue.property[…] path, and the complement', async () => {
    const failing = await search('project = ABC AND shipshapeFailingGates = definition-of-done');
    expect(failing.status).toBe(200);
    expect(failing.keys).toEqual(['ABC-3', 'ABC-5', 'ABC-10', 'ABC-12']); // as docs/search.md says
    expect((await search('issue.property[\'shipshape\'].failingGates = "definition-of-done"')).keys).toEqual(failing.keys);
    const passing = await search('project = ABC AND shipshapeFailingGates != definition-of-done');
    expect(passing.keys.filter((k) => failing.keys.includes(k))).toEqual([]);
  });

  it('searches handoff completeness, behaviour counts (with comparisons) and the checked date', async () => {
    const incomplete = await search('shipshapeHandoff = incomplete');
    const empty = await search('shipshapeHandoff in (empty)');
    expect(incomplete.status).toBe(200);
    expect(empty.keys.length).toBeGreaterThan(0);
    for (const key of incomplete.keys) expect(summaryOf(key)?.['handoff']).toBe('incomplete');
    for (const key of empty.keys) expect(summaryOf(key)?.['handoff']).toBe('empty');
    const unverified = await search('shipshapeUnverifiedBehaviours > 0');
    expect(unverified.keys.length).toBeGreaterThan(0);
    for (const key of unverified.keys) expect((summaryOf(key)?.['behaviours'] as { unverified: number }).unverified).toBeGreaterThan(0);
    expect((await search('shipshapeCheckedAt >= "2000-01-01"')).keys.length).toBe(sandbox.standIn.snapshot().issues.length);
    expect((await search('shipshapeCheckedAt < "2000-01-01"')).keys).toEqual([]);
  });

  it('answers a JQL error for a bad value or operator, as Jira does', async () => {
    expect((await search('shipshapeFailedBehaviours > lots')).status).toBe(400);
    expect((await search('shipshapeHandoff ~ incomplete')).status).toBe(400);
    expect(() => parseJql('shipshapeFailedBehaviours >= 1')).not.toThrow();
  });

  it('follows a Jira change through the trigger: setting the fix version of ABC-5 clears that check', async () => {
    const key = SEED_ISSUES.deliveryEstimate.key;
    expect((await call('PUT', `/rest/api/3/issue/${key}`, { fields: { fixVersions: [{ name: '2026.12' }] } })).status).toBe(204);
    await sandbox.standIn.eventsSettled();
    expect(summaryOf(key)?.['failingChecks']).not.toContain('definition-of-done/fix-version');
    expect((await search('shipshapeFailingChecks = "definition-of-done/fix-version"')).keys).not.toContain(key);
  });

  it("follows transitions of sub-tasks to their parent: with ABC-8 and ABC-9 done, ABC-3's sub-task check passes", async () => {
    expect(summaryOf('ABC-3')?.['failingChecks']).toContain('definition-of-done/subtasks-done');
    expect((await call('POST', '/rest/api/3/issue/ABC-8/transitions', { transition: { id: '31' } })).status).toBe(204);
    expect((await call('POST', '/rest/api/3/issue/ABC-9/transitions', { transition: { id: '11' } })).status).toBe(204);
    expect((await call('POST', '/rest/api/3/issue/ABC-9/transitions', { transition: { id: '31' } })).status).toBe(204);
    await sandbox.standIn.eventsSettled();
    expect(summaryOf('ABC-3')?.['failingChecks']).not.toContain('definition-of-done/subtasks-done');
    expect(summaryOf('ABC-3')?.['failingChecks']).toContain('definition-of-done/no-open-blockers');
  });

  it('follows a resolver write: Emma empties the test data of ABC-5 and it turns up as incomplete', async () => {
    const item = SEED_ISSUES.deliveryEstimate;
    const handler = sandbox.app.functionHandlers['issue-resolver'];
    const context = { extension: { type: 'jira:issuePanel', issue: { id: item.id, key: item.key }, project: { key: 'ABC' } } };
    const runtime = { principal: { accountId: EMMA.accountId } };
    const panel = (await handler?.({ call: { functionKey: 'getPanel', payload: {} }, context }, runtime)) as { ok: true; data: { revision: number } };
    const saved = (await handler?.(
      { call: { functionKey: 'saveHandoff', payload: { revision: panel.data.revision, handoff: { testData: '' } } }, context },
      runtime,
    )) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(summaryOf(item.key)).toMatchObject({ handoff: 'incomplete', handoffMissing: expect.arrayContaining(['testData']) });
    expect((await search('shipshapeHandoffMissing = testData')).keys).toContain(item.key);
  });

  it('follows a spec page: a decision linking ABC-12 makes it an item with open decisions, and deciding it clears that', async () => {
    const path = `/wiki/api/v2/pages/${SEED_CONFLUENCE.specPageId}`;
    const save = async (status: 'in-progress' | 'decided') => {
      const page = (await (await fetch(`${sandbox.url}${path}?body-format=storage`, { headers: { Authorization: basic(PRIYA.emailAddress) } })).json()) as {
        title: string;
        version: { number: number };
        body: { storage: { value: string } };
      };
      const table = {
        format: DACI_FORMAT,
        title: 'Decisions',
        decisions: [
          {
            id: 'd1',
            title: 'Retry declined cards?',
            status,
            impact: 'low',
            driver: ALEX.accountId,
            approver: PRIYA.accountId,
            outcome: status === 'decided' ? 'No' : '',
            jiraKeys: ['ABC-12'],
          },
        ],
      };
      const macro = `<ac:structured-macro ac:name="shipshape-daci" ac:macro-id="m1"><ac:parameter ac:name="table">${JSON.stringify(table).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}</ac:parameter></ac:structured-macro>`;
      const body = {
        id: SEED_CONFLUENCE.specPageId,
        status: 'current',
        title: page.title,
        body: { representation: 'storage', value: `<p>${macro}</p>` },
        version: { number: page.version.number + 1 },
      };
      const answer = await fetch(`${sandbox.url}${path}`, {
        method: 'PUT',
        headers: { Authorization: basic(PRIYA.emailAddress), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(answer.status).toBe(200);
      await sandbox.standIn.eventsSettled();
    };
    await save('in-progress');
    expect(summaryOf('ABC-12')).toMatchObject({ openDecisions: 1 });
    expect((await search('shipshapeOpenDecisions > 0')).keys).toEqual(['ABC-12']);
    await save('decided');
    expect(summaryOf('ABC-12')).toMatchObject({ openDecisions: 0 });
    expect((await search('shipshapeOpenDecisions > 0')).keys).toEqual([]);
  });
});
