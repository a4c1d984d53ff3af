/** The local stores refuse what Forge's Key-Value Store refuses, so tests fail where Forge would. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryStore } from '../../src/adapters/memory-store';
import { KVS_LIMITS, StorageLimitError, storedBytes } from '../../src/adapters/kvs-limits';
import { indexWith, MAX_INDEXED_PROJECTS } from '../../src/config/project-index';
import { fakeSite } from '../resolvers/support/fake-site';
import { records } from '../support/builders';
import { fileStore } from '../../sandbox/state/file-store';
import type { KeyValueStore } from '../../src/ports/key-value-store';

const deep = (levels: number): unknown => (levels === 0 ? 'leaf' : { next: deep(levels - 1) });
const stores: Array<[string, () => KeyValueStore]> = [
  ['memoryStore', () => memoryStore()],
  ['fileStore', () => fileStore(join(mkdtempSync(join(tmpdir(), 'shipshape-limits-')), 'storage.json'))],
];

describe.each(stores)('%s', (_name, make) => {
  it.each([
    ['an empty key', ''],
    ['a key of 501 characters', 'k'.repeat(501)],
    ['a key with a slash', 'records/1'],
    ['a key of blanks only', '   '],
    ['a key with a quote', 'daci:"x"'],
  ])('refuses %s', async (_what, key) => {
    const store = make();
    await expect(store.set(key, 1)).rejects.toThrow(StorageLimitError);
    await expect(store.commit([{ key, value: 1, expectVersion: 0 }])).rejects.toThrow(StorageLimitError);
  });

  it('takes a key of 500 characters and every character Forge allows', async () => {
    const store = make();
    await store.set('k'.repeat(500), 1);
    await store.set('a-Z_0.9:x #y', 2);
    expect(await store.get('a-Z_0.9:x #y')).toBe(2);
  });

  it('refuses a value over 240 KiB, and one nested deeper than 31 levels, naming the limit', async () => {
    const store = make();
    // Stored as { version, value }, as on Forge: the wrapper counts towards both limits.
    const room = KVS_LIMITS.valueBytes - storedBytes({ version: 2 ** 47, value: '' });
    await store.set('fits', 'x'.repeat(room));
    await expect(store.set('big', 'x'.repeat(room + 1))).rejects.toThrow(/240 KiB/);
    await store.set('deep enough', deep(30));
    await expect(store.set('deep', deep(31))).rejects.toThrow(/31 levels/);
    expect(await store.get('big')).toBeUndefined();
  });

  it('commits all or nothing: one bad write refuses the lot, a moved version refuses the lot', async () => {
    const store = make();
    await store.set('a', 1);
    const a = await store.getVersioned('a');
    await expect(
      store.commit([
        { key: 'a', value: 2, expectVersion: a.version },
        { key: 'b', value: 'x'.repeat(KVS_LIMITS.valueBytes), expectVersion: 0 },
      ]),
    ).rejects.toThrow(StorageLimitError);
    expect(await store.get('a')).toBe(1);
    await store.set('a', 3);
    expect(
      await store.commit([
        { key: 'a', value: 4, expectVersion: a.version },
        { key: 'c', value: 1, expectVersion: 0 },
      ]),
    ).toBe('conflict');
    expect([await store.get('a'), await store.get('c')]).toEqual([3, undefined]);
  });

  it("refuses a transaction of more than 25 writes or one naming a key twice, as Forge's does", async () => {
    const store = make();
    const writes = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i, expectVersion: 0 }));
    await expect(store.commit(writes)).rejects.toThrow(/1 to 25/);
    await expect(store.commit([writes[0]!, writes[0]!])).rejects.toThrow(/twice/);
  });

  it('never gives a deleted and rewritten key a version a stale reader holds', async () => {
    const store = make();
    await store.set('k', 1);
    const stale = await store.getVersioned('k');
    await store.delete('k');
    await store.set('k', 1);
    expect(await store.commit([{ key: 'k', value: 2, expectVersion: stale.version }])).toBe('conflict');
  });
});

describe('a write past a limit, in a resolver', () => {
  it('is refused with TOO_LARGE naming the limit, and nothing is written', async () => {
    const site = fakeSite({ records: records({ revision: 1 }) });
    const before = site.store.snapshot();
    site.store.commit = async () => {
      throw new StorageLimitError('value for records:10123 is 250 KiB; Forge stores at most 240 KiB a value');
    };
    expect(await site.call('saveHandoff', 'dana', { payload: { revision: 1, handoff: { summary: 'x' } } })).toEqual({
      ok: false,
      error: { code: 'TOO_LARGE', message: 'Nothing was saved: value for records:10123 is 250 KiB; Forge stores at most 240 KiB a value.' },
    });
    expect(site.store.snapshot()).toEqual(before);
  });
});

describe('the project index', () => {
  it(`lists at most ${MAX_INDEXED_PROJECTS} projects; a project renamed keeps one entry under its new key`, () => {
    const full = { projects: Array.from({ length: MAX_INDEXED_PROJECTS }, (_, i) => ({ key: `P${i}`, id: String(20000 + i) })) };
    expect(indexWith(full, { key: 'NEW', id: '99999' })).toBeUndefined();
    const renamed = indexWith(full, { key: 'RENAMED', id: '20000' });
    expect(renamed?.projects).toHaveLength(MAX_INDEXED_PROJECTS);
    expect(renamed?.projects.filter((p) => p.id === '20000')).toEqual([{ key: 'RENAMED', id: '20000' }]);
    expect(storedBytes(full)).toBeLessThan(KVS_LIMITS.valueBytes / 2);
  });
});
