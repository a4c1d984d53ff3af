import type { GateSetState } from '../../src/config/gate-set-state';
import { definitionOfDoneTemplate, readyForQaTemplate, goLiveReadinessTemplate } from '../../src/domain/templates';
import type { GatesFile } from '../../src/domain/gates/gate-schema';
import { configSite, dataOf } from './support/config-site';

const file = (gates: unknown[]) => JSON.stringify({ format: 'shipshape.gates/v1', gates });
const dod = () => structuredClone(definitionOfDoneTemplate);

async function siteWith(gates: unknown[]) {
  const site = configSite();
  dataOf(await site.call('saveGates', 'pat', { revision: 0, gates }));
  site.writes.length = 0;
  return site;
}

describe('importGates', () => {
  it('a broken file: every problem listed by path, nothing saved', async () => {
    const site = await siteWith([dod()]);
    const text = file([
      {
        id: 'Bad Id',
        name: 'X',
        criteria: [
          { id: 'a', kind: 'field-set' },
          { id: 'b', kind: 'nope' },
        ],
      },
      { id: 'ok', name: 'Fine', criteria: [{ id: 'c', kind: 'manual', colour: 'red' }] },
    ]);
    const result = await site.call('importGates', 'pat', { revision: 1, mode: 'replace', text });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.message).toMatch(/nothing was imported/);
    expect(result.error.problems?.map((p) => p.path)).toEqual(
      expect.arrayContaining(['gates[0].id', 'gates[0].criteria[0].field', 'gates[0].criteria[1].kind', 'gates[1].criteria[0].colour']),
    );
    expect(site.writes).toEqual([]);
  });

  it('text that is not JSON is one problem at the root', async () => {
    const site = await siteWith([dod()]);
    const result = await site.call('importGates', 'pat', { revision: 1, mode: 'merge', text: '{ "format": ' });
    expect(result.ok ? 'ok' : result.error.problems?.[0]?.path).toBe('(root)');
  });

  it('merge replaces gates with the same id in place and adds new ones at the end', async () => {
    const site = await siteWith([dod(), structuredClone(readyForQaTemplate)]);
    const renamed = { ...dod(), name: 'Done (imported)' };
    const merged = dataOf(await site.call<GateSetState>('importGates', 'pat', { revision: 1, mode: 'merge', text: file([renamed, goLiveReadinessTemplate]) }));
    expect(merged.gates.map((g) => g.name)).toEqual(['Done (imported)', 'Ready for QA', 'Go-live readiness']);
    expect(merged.recentChanges.filter((c) => c.revision === 2).map((c) => `${c.action} ${c.target}`)).toEqual([
      'create-gate go-live-readiness',
      'update-gate definition-of-done',
      'import-merge file',
    ]);
    expect(merged.recentChanges.find((c) => c.action === 'import-merge')).toMatchObject({
      revision: 2,
      after: '3 gates after importing 2 from the file (2 changes)',
      said: { before: { key: 'gates', count: 2 }, after: { key: 'imported', count: 3, values: { file: 2, changes: 2 } } },
    });
  });

  it('replace swaps the whole set', async () => {
    const site = await siteWith([dod(), structuredClone(readyForQaTemplate)]);
    const replaced = dataOf(await site.call<GateSetState>('importGates', 'pat', { revision: 1, mode: 'replace', text: file([goLiveReadinessTemplate]) }));
    expect(replaced.gates.map((g) => g.id)).toEqual(['go-live-readiness']);
  });

  it('a stale revision is refused even for a valid file', async () => {
    const site = await siteWith([dod()]);
    const result = await site.call('importGates', 'pat', { revision: 0, mode: 'replace', text: file([goLiveReadinessTemplate]) });
    expect(result.ok ? 'ok' : result.error.code).toBe('CONFLICT');
    expect(site.writes).toEqual([]);
  });

  it('replace repairs a stored set that had become invalid', async () => {
    const site = configSite({ 'gates:project:ABC': { format: 'shipshape.gates/v1', gates: [{ id: 'x' }] } });
    const page = await site.call('getConfig', 'pat');
    expect(page.ok ? 'ok' : page.error.code).toBe('GATES_INVALID');
    const replaced = dataOf(await site.call<GateSetState>('importGates', 'pat', { revision: 0, mode: 'replace', text: file([dod()]) }));
    expect(replaced.gates.map((g) => g.id)).toEqual(['definition-of-done']);
  });
});

describe('exportGates', () => {
  it('downloads the saved gates as a v1 file that imports again', async () => {
    const site = await siteWith([dod()]);
    const exported = dataOf(await site.call<{ fileName: string; file: GatesFile }>('exportGates', 'pat'));
    expect(exported).toEqual({ fileName: 'shipshape-gates-ABC.json', file: { format: 'shipshape.gates/v1', gates: [dod()] } });
    const again = dataOf(await site.call<GateSetState>('importGates', 'pat', { revision: 1, mode: 'replace', text: JSON.stringify(exported.file) }));
    expect(again.revision).toBe(1);
  });
});
