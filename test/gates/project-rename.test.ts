import { bundledWords } from '../../src/adapters/bundled-words';
/**
 * Issue 13, deliverable 8 (and reproduction 8): gate sets are kept by project id. A renamed
 * project keeps its gates — the validator no longer falls back to a site or built-in gate of the
 * same id — and sets stored by key before are moved to the id on the first read that knows it.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import { validateTransition } from '../../src/validator/validate-transition';
import { legacyProjectGatesKey, legacyProjectHistoryKey, projectAliasKey, projectGatesKey, projectHistoryKey } from '../../src/gates/project-keys';
import { SITE_GATES_KEY } from '../../src/gates/gate-library';
import type { JiraRequest } from '../../src/ports/jira-client';
import { issue } from '../support/builders';
import { fakeClock, jiraResponse, recordingJira } from '../support/fakes';
import { configSite, dataOf } from '../config/support/config-site';
import { fakeSite, ITEM } from '../resolvers/support/fake-site';

const strict = { id: 'definition-of-done', name: 'Checkout Done', criteria: [{ id: 'ticked', kind: 'manual' }] };
const lenient = { id: 'definition-of-done', name: 'Site Done', criteria: [{ id: 'summary', kind: 'field-set', field: 'summary' }] };
const file = (...gates: object[]) => ({ format: 'shipshape.gates/v1', gates });
const RETRY = { attempts: 1, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 10 };

function renamedSite() {
  const store = memoryStore({
    [projectGatesKey('10000')]: file(strict),
    [projectAliasKey('ABC')]: { id: '10000' },
    [SITE_GATES_KEY]: file(lenient),
  });
  const jira = recordingJira((request: JiraRequest) =>
    request.path === '/rest/api/3/issue/CHK-7'
      ? jiraResponse(200, issue({ key: 'CHK-7', fields: { project: { id: '10000', key: 'CHK', name: 'Checkout' } } }))
      : jiraResponse(404, { errorMessages: ['no'] }),
  );
  return { store, jira };
}

const args = (key: string) => ({ issue: { key }, configuration: { gateId: 'definition-of-done' }, transition: { from: { id: '3' }, to: { id: '4' } } });

describe('a renamed project keeps its gates', () => {
  it("the validator applies the project's gate to an item of its new key, not the site's gate of the same id", async () => {
    const { store, jira } = renamedSite();
    const result = await validateTransition(args('CHK-7'), { jira, store, clock: fakeClock(), retry: RETRY, words: bundledWords });
    expect(result).toMatchObject({ result: false, errorMessage: expect.stringContaining('Checkout Done') });
    expect(jira.requests).toHaveLength(1); // the project's gate needs no field the site's did not
    expect(jira.requests[0]?.query?.['fields']).toContain('project');
  });

  it("the panel, whose context names the project id, shows the project's gates under the new key", async () => {
    const site = fakeSite({ issue: issue({ key: ITEM.key, fields: { project: { id: '10000', key: 'CHK', name: 'Checkout' } } }) });
    const context = { extension: { type: 'jira:issuePanel', issue: { id: ITEM.id, key: 'CHK-123' }, project: { id: '10000', key: 'CHK', type: 'software' } } };
    const data = dataOf(await site.call('getPanel', 'dana', { context }));
    expect(data.gates.map((g) => g.id)).toEqual(['ready-for-qa', 'release']);
    expect(await site.store.get(projectAliasKey('CHK'))).toEqual({ id: '10000' });
  });
});

describe('sets stored by key before project ids', () => {
  const legacy = () => ({
    [legacyProjectGatesKey('ABC')]: file(strict),
    [legacyProjectHistoryKey('ABC')]: { format: 'shipshape.gate-history/v1', revision: 3, entries: [] },
  });

  it('are read where the id has none, without writing (validator)', async () => {
    const store = memoryStore(legacy());
    const jira = recordingJira(() => jiraResponse(200, issue({ key: 'ABC-7', fields: { project: { id: '10000', key: 'ABC' } } })));
    const before = JSON.stringify((store as ReturnType<typeof memoryStore>).snapshot());
    expect(await validateTransition(args('ABC-7'), { jira, store, clock: fakeClock(), retry: RETRY, words: bundledWords })).toMatchObject({ result: false });
    expect(JSON.stringify(store.snapshot())).toEqual(before);
  });

  it('move to the id, history and revision included, on the first read of the settings page', async () => {
    const site = configSite(legacy());
    const config = dataOf(await site.call<{ project: { revision: number; gates: unknown[] } }>('getConfig', 'alex'));
    expect(config.project).toMatchObject({ revision: 3, gates: [strict] });
    expect(await site.store.get(projectGatesKey('10000'))).toEqual(file(strict));
    expect(await site.store.get(projectHistoryKey('10000'))).toMatchObject({ revision: 3 });
    expect(await site.store.get(legacyProjectGatesKey('ABC'))).toBeUndefined();
    expect(await site.store.get(projectAliasKey('ABC'))).toEqual({ id: '10000' });
    const saved = await site.call('saveGates', 'alex', { revision: 3, gates: [{ ...strict, name: 'Done, renamed' }] });
    expect(saved).toMatchObject({ ok: true, data: { revision: 4 } });
  });
});
