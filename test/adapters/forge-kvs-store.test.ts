/** The Forge adapter of the storage port, run through the real @forge/kvs on a stand-in storage service. */
import { fakeForgeStorageApi } from '../support/fake-forge-storage-api';

const service = fakeForgeStorageApi();
jest.mock('@forge/kvs', () => {
  const actual = jest.requireActual('@forge/kvs');
  const { KvsImpl } = jest.requireActual('@forge/kvs/out/kvs');
  return { ...actual, kvs: new KvsImpl(service) };
});

import { forgeKvsStore as store, DOC_ENTITY } from '../../src/adapters/forge-kvs-store';
import { CONTENDED, updateAtomically } from '../../src/storage/update-atomically';
import { StorageLimitError } from '../../src/ports/key-value-store';

beforeEach(() => {
  service.legacy.clear();
  service.entities.clear();
});

describe('forgeKvsStore', () => {
  it('reads a value stored before the entity (plain KVS) as version 0, and its first commit moves it into the entity', async () => {
    service.legacy.set('records:1', JSON.stringify({ format: 'x', n: 1 }));
    expect(await store.getVersioned('records:1')).toEqual({ value: { format: 'x', n: 1 }, version: 0 });
    expect(await store.commit([{ key: 'records:1', value: { format: 'x', n: 2 }, expectVersion: 0 }])).toBe('committed');
    expect(service.legacy.has('records:1')).toBe(false);
    const after = await store.getVersioned('records:1');
    expect(after.value).toEqual({ format: 'x', n: 2 });
    expect(after.version).toBeGreaterThan(0);
    expect(service.entities.has(`${DOC_ENTITY}/records:1`)).toBe(true);
  });

  it('refuses a commit whose version moved, writing none of its keys', async () => {
    await store.set('a', 1);
    const a = await store.getVersioned('a');
    expect(await store.commit([{ key: 'a', value: 2, expectVersion: a.version }])).toBe('committed');
    expect(
      await store.commit([
        { key: 'a', value: 3, expectVersion: a.version },
        { key: 'b', value: 'new', expectVersion: 0 },
      ]),
    ).toBe('conflict');
    expect(await store.get('a')).toBe(2);
    expect(await store.get('b')).toBeUndefined();
  });

  it('two first writers of a key: exactly one lands', async () => {
    const results = await Promise.all([
      store.commit([{ key: 'k', value: 'one', expectVersion: 0 }]),
      store.commit([{ key: 'k', value: 'two', expectVersion: 0 }]),
    ]);
    expect(results.sort()).toEqual(['committed', 'conflict']);
  });

  it('a failure that is not a conflict is thrown, not reported as one', async () => {
    service.failNextTransact = new Error('storage 500');
    await expect(store.commit([{ key: 'k', value: 1, expectVersion: 0 }])).rejects.toThrow('storage 500');
  });

  it('N concurrent read-modify-writes of one counter: every increment lands once', async () => {
    const increment = () =>
      updateAtomically(store, ['counter'], ([n]) => ({ writes: [{ key: 'counter', value: ((n as number) ?? 0) + 1 }], answer: true }), 50);
    const results = await Promise.all(Array.from({ length: 8 }, increment));
    expect(results.filter((r) => r === CONTENDED)).toEqual([]);
    expect(await store.get('counter')).toBe(8);
  });

  it("reports Forge's own refusal of a value (MAX_SIZE) as a StorageLimitError naming it", async () => {
    service.failNextTransact = Object.assign(new Error('The provided value has exceeded the maximum size limit.'), { code: 'MAX_SIZE' });
    await expect(store.commit([{ key: 'k', value: 1, expectVersion: 0 }])).rejects.toThrow(StorageLimitError);
  });

  it('deletes both the entity value and a plain-KVS one', async () => {
    service.legacy.set('x', JSON.stringify('old'));
    await store.set('y', 'new');
    await store.delete('x');
    await store.delete('y');
    expect(await store.get('x')).toBeUndefined();
    expect(await store.get('y')).toBeUndefined();
  });

  it('reads many values in batches of at most 25, entity values first, then values stored before the entity, in the order asked', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
    for (const key of keys.slice(0, 30)) await store.set(key, { key });
    service.legacy.set('k40', JSON.stringify('old'));
    service.batchGets = 0;
    const values = await store.getMany!([...keys, 'k1']);
    expect(values.slice(0, 30)).toEqual(keys.slice(0, 30).map((key) => ({ key })));
    expect(values[40]).toBe('old');
    expect(values.filter((v) => v === undefined)).toHaveLength(29);
    expect(values[60]).toEqual({ key: 'k1' });
    // 60 distinct keys: 3 entity batches, then the 30 without one: 2 plain batches.
    expect(service.batchGets).toBe(5);
  });
});
