/** The sandbox's app storage: the KeyValueStore port over one JSON file. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStore } from '../../sandbox/state/file-store';
import { seedAppStorage } from '../../sandbox/standin/seed';
import { removeDir } from './standin-harness';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-file-store-'));
  file = join(dir, 'state', 'storage.json');
});
afterEach(() => removeDir(dir));

const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('fileStore', () => {
  it('answers undefined for a missing key without creating the file', async () => {
    expect(await fileStore(file).get('records:10001')).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });

  it('writes every set and delete to the file (creating its folder), leaving no temp files', async () => {
    const store = fileStore(file);
    await store.set('a', { n: 1 });
    await store.set('b', [1, 2]);
    expect(onDisk()).toEqual({ a: { n: 1 }, b: [1, 2] });
    await store.delete('a');
    await store.delete('never-there');
    expect(onDisk()).toEqual({ b: [1, 2] });
    expect(readdirSync(join(dir, 'state'))).toEqual(['storage.json']);
  });

  it('copies values in and out', async () => {
    const store = fileStore(file);
    const value = { list: [1], nested: { x: 'y' } };
    await store.set('k', value);
    value.list.push(2);
    const read = (await store.get('k')) as typeof value;
    expect(read).toEqual({ list: [1], nested: { x: 'y' } });
    read.nested.x = 'changed';
    expect(await store.get('k')).toEqual({ list: [1], nested: { x: 'y' } });
  });

  it('loads lazily: a store made before the file exists reads what is there at first use', async () => {
    const early = fileStore(file);
    await fileStore(file).set('k', 'written by another store');
    expect(await early.get('k')).toBe('written by another store');
  });

  it('survives a restart', async () => {
    await fileStore(file).set('gates:project:ABC', { format: 'shipshape.gates/v1', gates: [] });
    expect(await fileStore(file).get('gates:project:ABC')).toEqual({ format: 'shipshape.gates/v1', gates: [] });
  });

  it('seeds (replacing everything), seeds only when absent, and snapshots a copy', async () => {
    const store = fileStore(file);
    await store.set('old', 1);
    await store.seed(seedAppStorage());
    expect(Object.keys(onDisk()).sort()).toEqual(Object.keys(seedAppStorage()).sort());
    expect(await store.get('old')).toBeUndefined();
    expect(await fileStore(file).seedIfAbsent({ other: 1 })).toBe(false);
    expect(await fileStore(file).get('other')).toBeUndefined();
    const fresh = fileStore(join(dir, 'fresh.json'));
    expect(await fresh.seedIfAbsent({ other: 1 })).toBe(true);
    const snapshot = await fresh.snapshot();
    snapshot.other = 2;
    expect(await fresh.snapshot()).toEqual({ other: 1 });
  });

  it('refuses undefined values, and names a corrupt file and the way out', async () => {
    await expect(fileStore(file).set('k', undefined)).rejects.toThrow('delete the key instead');
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    await expect(fileStore(join(dir, 'bad.json')).get('k')).rejects.toThrow(/bad\.json is not valid JSON .*--reset/);
    writeFileSync(join(dir, 'list.json'), '[1]');
    await expect(fileStore(join(dir, 'list.json')).get('k')).rejects.toThrow('must hold a JSON object');
  });
});
