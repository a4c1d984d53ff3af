import { findGate, findGateSet, projectKeyOf, SITE_GATES_KEY } from '../../src/gates/gate-library';
import { legacyProjectGatesKey, projectAliasKey, projectGatesKey } from '../../src/gates/project-keys';
import { englishSay } from '../../src/domain/words/english';
import type { Say } from '../../src/domain/words/say';
import { memoryStore } from '../../src/adapters/memory-store';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import type { Gate } from '../../src/domain/gates/gate-schema';
import type { KeyValueStore } from '../../src/ports/key-value-store';
import german from '../../locales/de-DE.json';
import { lookupIn, sayWith } from '../../src/domain/words/say';

/** A failure with its English words as `message`, as logs and the CLI say it. */
const inEnglish = (found: { ok: boolean }) =>
  'words' in found && typeof found.words === 'function' ? { ...found, message: (found.words as (say: Say) => string)(englishSay) } : found;

const GERMAN = sayWith('de-DE', (key) => lookupIn(german, key) ?? key);

const gate = (id: string, name: string): Gate => ({ id, name, criteria: [{ id: 'ticked', kind: 'manual' }] });
const file = (...gates: Gate[]) => ({ format: 'shipshape.gates/v1', gates });

describe('findGate', () => {
  it('uses the storage keys gates:project-id:{ID} (gates:project:{KEY} before project ids) and gates:site', () => {
    expect(projectGatesKey('10000')).toBe('gates:project-id:10000');
    expect(legacyProjectGatesKey('ABC')).toBe('gates:project:ABC');
    expect(SITE_GATES_KEY).toBe('gates:site');
  });

  it('prefers the project set over the site set and the built-in templates', async () => {
    const store = memoryStore({
      'gates:project:ABC': file(gate('definition-of-done', 'ABC Done')),
      'gates:site': file(gate('definition-of-done', 'Site Done')),
    });
    expect(await findGate(store, { key: 'ABC' }, 'definition-of-done')).toEqual({
      ok: true,
      gate: gate('definition-of-done', 'ABC Done'),
      source: 'project',
      set: [gate('definition-of-done', 'ABC Done')],
    });
  });

  it('prefers the site set over the built-in templates', async () => {
    const store = memoryStore({ 'gates:site': file(gate('definition-of-done', 'Site Done')) });
    expect(await findGate(store, { key: 'ABC' }, 'definition-of-done')).toMatchObject({
      ok: true,
      gate: gate('definition-of-done', 'Site Done'),
      source: 'site',
    });
  });

  it('falls through a project set that lacks the gate to the site set', async () => {
    const store = memoryStore({
      'gates:project:ABC': file(gate('other', 'Other')),
      'gates:site': file(gate('release', 'Site release')),
    });
    expect(await findGate(store, { key: 'ABC' }, 'release')).toMatchObject({ ok: true, source: 'site', gate: { name: 'Site release' } });
  });

  it("ignores another project's set", async () => {
    const store = memoryStore({ 'gates:project:XYZ': file(gate('release', 'XYZ release')) });
    expect(await findGate(store, { key: 'ABC' }, 'release')).toMatchObject({ ok: false, code: 'GATE_NOT_FOUND' });
  });

  it('finds a built-in template when nothing is stored', async () => {
    const found = await findGate(memoryStore(), { key: 'ABC' }, 'definition-of-done');
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.source).toBe('built-in');
    expect(found.gate.id).toBe('definition-of-done');
    expect(found.gate).toBe(BUILT_IN_TEMPLATES.find((g) => g.id === 'definition-of-done'));
  });

  it('finds every built-in template by its id', async () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(await findGate(memoryStore(), { key: 'ABC' }, template.id)).toEqual({ ok: true, gate: template, source: 'built-in', set: [template] });
    }
  });

  it('blocks on an invalid stored project set even when a built-in template has the id', async () => {
    const store = memoryStore({ 'gates:project:ABC': { format: 'shipshape.gates/v0', gates: [] } });
    expect(inEnglish(await findGate(store, { key: 'ABC' }, 'definition-of-done'))).toMatchObject({
      ok: false,
      code: 'GATES_INVALID',
      message: 'The gates Shipshape keeps for project ABC are damaged: format: must be "shipshape.gates/v1"',
    });
  });

  it('blocks on an invalid stored site set even when a built-in template has the id', async () => {
    const store = memoryStore({ 'gates:site': file(gate('release', 'A'), gate('release', 'B')) });
    expect(inEnglish(await findGate(store, { key: 'ABC' }, 'definition-of-done'))).toMatchObject({
      ok: false,
      code: 'GATES_INVALID',
      message: 'The gates Shipshape keeps for this site are damaged: Gate 2: id: the id "release" is used twice',
    });
    const found = await findGate(store, { key: 'ABC' }, 'definition-of-done');
    expect(found.ok === false && found.words(GERMAN)).toBe(
      'Die Gates, die Shipshape für diese Site speichert, sind beschädigt: Gate 2: ID: die ID „release“ kommt zweimal vor',
    );
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', []],
    ['a number', 42],
    ['null', null],
  ])('blocks on a stored set that is %s', async (_what, value) => {
    const store = memoryStore({ 'gates:project:ABC': value });
    const found = await findGate(store, { key: 'ABC' }, 'definition-of-done');
    expect(found).toMatchObject({ ok: false, code: 'GATES_INVALID' });
    expect(found.ok === false && found.words(englishSay)).toMatch(/^The gates Shipshape keeps for project ABC are damaged[:(]/);
  });

  it('reports a gate found nowhere', async () => {
    expect(inEnglish(await findGate(memoryStore({ 'gates:site': file(gate('release', 'R')) }), { key: 'ABC' }, 'no-such-gate'))).toMatchObject({
      ok: false,
      code: 'GATE_NOT_FOUND',
      message: 'No gate "no-such-gate" exists for project ABC, this site or the built-in templates',
    });
  });

  it("reads only the key's id, the project's set (by id, then by key) and the site's", async () => {
    const inner = memoryStore({ [projectAliasKey('AB_C2')]: { id: '10042' } });
    const keys: string[] = [];
    const store: KeyValueStore = { ...inner, get: (key) => (keys.push(key), inner.get(key)) };
    await findGate(store, { key: 'AB_C2' }, 'definition-of-done');
    expect(keys.sort()).toEqual(['gates:project-id:10042', 'gates:project:AB_C2', 'gates:site', 'project-key:AB_C2']);
  });
});

describe('projectKeyOf', () => {
  it.each([
    ['ABC-12', 'ABC'],
    ['AB_C2-7', 'AB_C2'],
    ['X-1', 'X'],
    ['ABC', 'ABC'],
  ])('%s belongs to project %s', (key, project) => {
    expect(projectKeyOf(key)).toBe(project);
  });
});

describe('findGateSet (the gates the panel shows for a project)', () => {
  it("is the project's whole set when it has one, even when the site has another", async () => {
    const store = memoryStore({ 'gates:project:ABC': file(gate('a', 'A'), gate('b', 'B')), 'gates:site': file(gate('c', 'C')) });
    expect(await findGateSet(store, { key: 'ABC' })).toEqual({ ok: true, gates: [gate('a', 'A'), gate('b', 'B')], source: 'project' });
    expect(await findGateSet(store, { key: 'XYZ' })).toEqual({ ok: true, gates: [gate('c', 'C')], source: 'site' });
  });

  it('is the built-in Ready for QA and Definition of Done when neither project nor site has a set', async () => {
    const found = await findGateSet(memoryStore(), { key: 'ABC' });
    expect(found.ok && [found.source, found.gates.map((g) => g.id)]).toEqual(['built-in', ['ready-for-qa', 'definition-of-done']]);
  });

  it('reports a broken stored set instead of falling back to a weaker one', async () => {
    const store = memoryStore({ 'gates:project:ABC': { format: 'shipshape.gates/v1', gates: 'all of them' }, 'gates:site': file(gate('c', 'C')) });
    expect(inEnglish(await findGateSet(store, { key: 'ABC' }))).toMatchObject({
      ok: false,
      code: 'GATES_INVALID',
      message: 'The gates Shipshape keeps for project ABC are damaged: gates: must be a list',
    });
  });
});

describe('gate sets kept by project id (issue 13, reproduction 8)', () => {
  const byId = memoryStore({
    [projectGatesKey('10000')]: file(gate('definition-of-done', 'Checkout Done')),
    [projectAliasKey('ABC')]: { id: '10000' },
    'gates:site': file(gate('definition-of-done', 'Site Done')),
  });

  it('finds the set by the id the key was last seen with, or by the id given', async () => {
    expect(await findGate(byId, { key: 'ABC' }, 'definition-of-done')).toMatchObject({
      source: 'project',
      projectId: '10000',
      gate: { name: 'Checkout Done' },
    });
    expect(await findGateSet(byId, { key: 'ZZZ', id: '10000' })).toMatchObject({ source: 'project', gates: [{ name: 'Checkout Done' }] });
  });

  it("a renamed project's new key, known with its id, keeps its gates instead of falling back to the site's", async () => {
    expect(await findGate(byId, { key: 'CHK' }, 'definition-of-done')).toMatchObject({ source: 'site' });
    expect(await findGate(byId, { key: 'CHK', id: '10000' }, 'definition-of-done')).toMatchObject({ source: 'project', gate: { name: 'Checkout Done' } });
  });

  it('reads a set still kept under the key when the id has none', async () => {
    const store = memoryStore({ [legacyProjectGatesKey('ABC')]: file(gate('a', 'Old A')) });
    expect(await findGateSet(store, { key: 'ABC', id: '10000' })).toMatchObject({ source: 'project', gates: [{ name: 'Old A' }] });
  });
});
