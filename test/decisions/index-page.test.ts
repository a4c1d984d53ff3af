/**
 * The indexer against a fake Confluence page and the strict in-memory store: moves between
 * spaces, shrinking pages, damaged item entries, and history written once per page version.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import { indexPage } from '../../src/decisions/index-page';
import { historyKey, itemIndexKey, pageChunkKey, pageIndexKey, spaceIndexKey } from '../../src/decisions/index-keys';
import { loadPageDecisions } from '../../src/decisions/read-index';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import type { Decision } from '../../src/domain/daci/daci-schema';
import { INDEX_LIMITS } from '../../src/domain/decisions/index-schema';
import { jiraResponse } from '../support/fakes';
import { decision, table } from '../daci/support/decisions';
import { TEST_APP_ID } from '../daci/support/fake-confluence';

const PAGE = '131073';

function site() {
  const page = { spaceId: '98306', version: 1, author: 'acc-priya', decisions: [] as Decision[] };
  const extension = () => ({
    type: 'extension',
    attrs: {
      extensionKey: `${TEST_APP_ID}/env/static/shipshape-daci`,
      localId: 't1',
      parameters: { localId: 't1', guestParams: macroConfigOf(table(...page.decisions)) },
    },
  });
  const client = async () =>
    jiraResponse(200, {
      id: PAGE,
      title: 'Spec',
      spaceId: page.spaceId,
      status: 'current',
      version: { number: page.version, authorId: page.author, createdAt: `2026-11-0${page.version}T10:00:00.000Z` },
      body: { atlas_doc_format: { value: JSON.stringify({ type: 'doc', version: 1, content: [extension()] }) } },
    });
  const store = memoryStore();
  const deps = {
    confluence: { client, clock: { now: () => 0, sleep: async () => undefined }, retry: { attempts: 1, budgetMs: 1000, attemptTimeoutMs: 1000, backoffMs: 0 } },
    store,
    appId: TEST_APP_ID,
  };
  const save = async (decisions: Decision[], changes: Partial<Omit<typeof page, 'decisions'>> = {}) => {
    Object.assign(page, { version: page.version + 1, ...changes, decisions });
    return indexPage(deps, PAGE);
  };
  return { page, store, deps, save };
}

describe('indexing a page', () => {
  it('moves the page between spaces’ lists when it moves', async () => {
    const { store, save } = site();
    await save([decision('a', { jiraKeys: ['ABC-1'] })]);
    expect(await store.get(spaceIndexKey('98306'))).toMatchObject({ pageIds: [PAGE] });
    await save([decision('a', { jiraKeys: ['ABC-1'] })], { spaceId: '77777' });
    expect(await store.get(spaceIndexKey('98306'))).toMatchObject({ pageIds: [] });
    expect(await store.get(spaceIndexKey('77777'))).toMatchObject({ pageIds: [PAGE] });
  });

  it('removes the chunks a shrinking page no longer fills, and reads back what it wrote', async () => {
    const { store, save } = site();
    const keys = Array.from({ length: 12 }, (_, k) => `ABCDEFGHIJKLMNOPQRST-${9_000_000_000 + k}`);
    const long = (n: number) => decision(`d${n}`, { title: '界'.repeat(150), jiraKeys: keys });
    await save(Array.from({ length: 200 }, (_, n) => long(n)));
    const big = (await store.get(pageIndexKey(PAGE))) as { chunks: number };
    expect(big.chunks).toBeGreaterThan(1);
    await save([long(1)]);
    expect(await store.get(pageIndexKey(PAGE))).toMatchObject({ chunks: 1, decisionCount: 1 });
    for (let n = 1; n < big.chunks; n += 1) expect(await store.get(pageChunkKey(PAGE, n))).toBeUndefined();
    expect((await loadPageDecisions(store, PAGE))?.decisions.map((d) => d.id)).toEqual(['d1']);
    expect(INDEX_LIMITS.chunks).toBeGreaterThanOrEqual(big.chunks);
  });

  it('leaves a damaged item entry as it is and says so; the other items are written', async () => {
    const { store, save } = site();
    await store.set(itemIndexKey('ABC-1'), { format: 'tampered' });
    const outcome = await save([decision('a', { jiraKeys: ['ABC-1', 'ABC-2'] })]);
    expect(outcome).toMatchObject({ written: true, damagedItems: ['ABC-1'], changedItems: ['ABC-2'] });
    expect(await store.get(itemIndexKey('ABC-1'))).toEqual({ format: 'tampered' });
  });

  it('records a change to a decided decision once, however often its version is indexed', async () => {
    const { store, save, deps, page } = site();
    const decided = decision('a', { status: 'decided', outcome: 'Vault' });
    await save([decided]);
    await save([{ ...decided, outcome: 'Own vault' }], { author: 'acc-alex' });
    await indexPage(deps, PAGE);
    await indexPage(deps, PAGE);
    expect(await store.get(historyKey(PAGE))).toMatchObject({
      entries: [{ id: 'a', kind: 'changed', changed: ['outcome'], by: 'acc-alex', pageVersion: page.version }],
    });
  });
});
