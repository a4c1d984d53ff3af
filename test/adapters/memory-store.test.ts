import { memoryStore } from '../../src/adapters/memory-store';

describe('memoryStore', () => {
  it('answers undefined for a missing key', async () => {
    expect(await memoryStore().get('nothing')).toBeUndefined();
  });

  it('stores, overwrites and deletes', async () => {
    const store = memoryStore();
    await store.set('k', { a: 1 });
    expect(await store.get('k')).toEqual({ a: 1 });
    await store.set('k', [1, 2]);
    expect(await store.get('k')).toEqual([1, 2]);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    await expect(store.delete('never-set')).resolves.toBeUndefined();
  });

  it('copies values in: changing what was stored afterwards does not change the store', async () => {
    const value = { list: ['a'], nested: { n: 1 } };
    const store = memoryStore();
    await store.set('k', value);
    value.list.push('b');
    value.nested.n = 2;
    expect(await store.get('k')).toEqual({ list: ['a'], nested: { n: 1 } });
  });

  it('copies values out: changing what was read does not change the store', async () => {
    const store = memoryStore({ k: { list: ['a'] } });
    const read = (await store.get('k')) as { list: string[] };
    read.list.push('b');
    expect(await store.get('k')).toEqual({ list: ['a'] });
    expect(await store.get('k')).not.toBe(await store.get('k'));
  });

  it('copies the initial values and the snapshot', async () => {
    const initial = { 'gates:site': { format: 'shipshape.gates/v1', gates: [] as unknown[] } };
    const store = memoryStore(initial);
    initial['gates:site'].gates.push('x');
    const snapshot = store.snapshot();
    (snapshot['gates:site'] as { gates: unknown[] }).gates.push('y');
    expect(store.snapshot()).toEqual({ 'gates:site': { format: 'shipshape.gates/v1', gates: [] } });
  });

  it('keeps JSON values of every kind', async () => {
    const store = memoryStore();
    for (const value of ['text', 0, false, null, [], {}]) {
      await store.set('v', value);
      expect(await store.get('v')).toEqual(value);
    }
  });
});
