import type { ConfigData } from '../../src/config/get-config';
import type { GateSetState } from '../../src/config/gate-set-state';
import { definitionOfDoneTemplate, readyForQaTemplate } from '../../src/domain/templates';
import { projectGatesKey } from '../../src/gates/project-keys';
import { configSite, dataOf } from './support/config-site';

const dod = () => structuredClone(definitionOfDoneTemplate);
const qa = () => structuredClone(readyForQaTemplate);

describe('getConfig', () => {
  it('answers the page in one call: no gates yet, governed by the built-ins, templates, pickers, rights, revision 0', async () => {
    const site = configSite();
    const data = dataOf(await site.call<ConfigData>('getConfig', 'pat'));
    expect(data.project).toEqual({ gates: [], saved: false, revision: 0, recentChanges: [], names: {} });
    expect(data.governedBy).toBe('built-in');
    expect(data.templates.map((t) => t.gate.name)).toEqual([
      'Pre-handoff: ready for engineering',
      'Ready for QA',
      'Definition of Done',
      'Go-live readiness',
      'Launch handoff',
    ]);
    expect(data.catalogs.fields.map((f) => f.name)).toEqual(['Description', 'Fix versions', 'Story point estimate']);
    expect(data.catalogs.linkTypes).toEqual([{ name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }]);
    expect(data.catalogs.projectRoles).toEqual(['Administrators', 'QA']);
    expect(data.rights).toEqual({ administerProject: true, jiraAdmin: false });
    expect(site.userRequests).toHaveLength(1);
  });
});

describe('saveGates', () => {
  it('creates a gate from a template, records who/when/before/after, and moves the revision on', async () => {
    const site = configSite();
    const saved = dataOf(await site.call<GateSetState>('saveGates', 'pat', { revision: 0, gates: [dod()] }));
    expect(saved.revision).toBe(1);
    expect(saved.gates.map((g) => g.id)).toEqual(['definition-of-done']);
    expect(saved.recentChanges).toEqual([
      expect.objectContaining({
        action: 'create-gate',
        target: 'definition-of-done',
        accountId: '5b10ac8d82e05b22cc7d4ef5',
        before: '(none)',
        after: expect.stringContaining('"Definition of Done"'),
        revision: 1,
        at: '2025-06-02T09:00:00.000Z',
      }),
    ]);
    expect(saved.names).toEqual({ '5b10ac8d82e05b22cc7d4ef5': 'Pat' });
    expect(await site.store.get(projectGatesKey('10000'))).toEqual({ format: 'shipshape.gates/v1', gates: [dod()] });
    const page = dataOf(await site.call<ConfigData>('getConfig', 'pat'));
    expect(page.governedBy).toBe('project');
  });

  it('records edits, reorders and deletions gate by gate', async () => {
    const site = configSite();
    dataOf(await site.call('saveGates', 'pat', { revision: 0, gates: [dod(), qa()] }));
    const edited = { ...dod(), criteria: dod().criteria.slice(1) };
    const saved = dataOf(await site.call<GateSetState>('saveGates', 'pat', { revision: 1, gates: [qa(), edited] }));
    expect(
      saved.recentChanges
        .filter((c) => c.revision === 2)
        .map((c) => c.action)
        .sort(),
    ).toEqual(['reorder-gates', 'update-gate']);
    const deleted = dataOf(await site.call<GateSetState>('deleteGate', 'pat', { revision: 2, gateId: 'ready-for-qa' }));
    expect(deleted.gates.map((g) => g.id)).toEqual(['definition-of-done']);
    expect(deleted.recentChanges[0]).toMatchObject({ action: 'delete-gate', target: 'ready-for-qa', after: '(deleted)', revision: 3 });
  });

  it('refuses a stale revision (CONFLICT) and keeps what the other admin saved', async () => {
    const site = configSite();
    dataOf(await site.call('saveGates', 'alex', { revision: 0, gates: [dod()] }));
    const stale = await site.call('saveGates', 'pat', { revision: 0, gates: [qa()] });
    expect(stale.ok ? 'ok' : stale.error).toMatchObject({
      code: 'CONFLICT',
      problems: [{ path: 'revision', message: 'this screen shows version 0; version 1 is saved now' }],
    });
    expect(await site.store.get(projectGatesKey('10000'))).toEqual({ format: 'shipshape.gates/v1', gates: [dod()] });
  });

  it('lists every problem of an invalid gate by path and saves nothing', async () => {
    const site = configSite();
    const broken = {
      ...dod(),
      name: '',
      criteria: [
        { id: 'x', kind: 'field-sett' },
        { id: 'x', kind: 'labels' },
      ],
    };
    const result = await site.call('saveGates', 'pat', { revision: 0, gates: [broken] });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['gates[0].name', 'gates[0].criteria[0].kind']));
    expect(result.error.problems?.length).toBeGreaterThanOrEqual(3);
    expect(site.writes).toEqual([]);
  });

  it('deleting a gate the project does not have is NOT_FOUND', async () => {
    const site = configSite();
    const result = await site.call('deleteGate', 'pat', { revision: 0, gateId: 'nope' });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
    expect(site.writes).toEqual([]);
  });
});
