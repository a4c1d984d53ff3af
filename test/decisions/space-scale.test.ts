/**
 * Issue 15, item 1: a space with 500 pages and 5,000 decisions, indexed page by page into the
 * strict in-memory store (Forge's 240 KiB a value, 25 writes a commit): every value stays within
 * its bounds, the space lists every page, and each work item holds exactly the decisions that link it.
 */
import { memoryStore } from '../../src/adapters/memory-store';
import { indexPage } from '../../src/decisions/index-page';
import { itemIndexKey, spaceIndexKey } from '../../src/decisions/index-keys';
import { loadLinkedDecisions, loadPageDecisions } from '../../src/decisions/read-index';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import { jiraResponse } from '../support/fakes';
import { decision, table } from '../daci/support/decisions';
import { TEST_APP_ID } from '../daci/support/fake-confluence';

const PAGES = 500;
const PER_PAGE = 10;
const ITEMS = 800;

/** Decision d of page p links two of the 800 items, so every item is linked from several pages. */
const linksOf = (p: number, d: number) => [`ABC-${((p * PER_PAGE + d) % ITEMS) + 1}`, `ABC-${((p * PER_PAGE + d * 7 + 3) % ITEMS) + 1}`];

function pageBody(p: number) {
  const decisions = Array.from({ length: PER_PAGE }, (_, d) =>
    decision(`d${d}`, {
      title: `Page ${p}, decision ${d}: where do we keep the card tokens?`,
      status: d % 3 === 0 ? 'decided' : 'in-progress',
      outcome: d % 3 === 0 ? 'Vault' : '',
      jiraKeys: [...new Set(linksOf(p, d))],
    }),
  );
  const extension = {
    type: 'extension',
    attrs: {
      extensionKey: `${TEST_APP_ID}/env/static/shipshape-daci`,
      localId: `t${p}`,
      parameters: { localId: `t${p}`, guestParams: macroConfigOf(table(...decisions)) },
    },
  };
  return {
    id: String(100_000 + p),
    title: `Spec ${p}`,
    spaceId: '98306',
    status: 'current',
    version: { number: 1 },
    body: { atlas_doc_format: { value: JSON.stringify({ type: 'doc', version: 1, content: [extension] }) } },
  };
}

describe('a space of 500 pages and 5,000 decisions', () => {
  it('indexes within every bound, lists every page, and gives each item exactly its decisions', async () => {
    const store = memoryStore();
    const client = async (request: { path: string }) => jiraResponse(200, pageBody(Number(/\/pages\/(\d+)$/.exec(request.path)?.[1]) - 100_000));
    const deps = {
      confluence: {
        client,
        clock: { now: () => 0, sleep: async () => undefined },
        retry: { attempts: 1, budgetMs: 1000, attemptTimeoutMs: 1000, backoffMs: 0 },
      },
      store,
      appId: TEST_APP_ID,
    };
    for (let p = 0; p < PAGES; p += 1) expect(await indexPage(deps, String(100_000 + p))).toMatchObject({ written: true });

    expect(((await store.get(spaceIndexKey('98306'))) as { pageIds: string[] }).pageIds).toHaveLength(PAGES);
    const expected = new Map<string, number>();
    for (let p = 0; p < PAGES; p += 1)
      for (let d = 0; d < PER_PAGE; d += 1) for (const key of new Set(linksOf(p, d))) expected.set(key, (expected.get(key) ?? 0) + 1);
    for (const [key, count] of expected) {
      const linked = await loadLinkedDecisions(store, key);
      if (linked.state !== 'read') throw new Error(`${key} is unreadable`);
      expect(linked.decisions.length + linked.omitted).toBe(count);
    }
    expect((await loadPageDecisions(store, '100042'))?.decisions).toHaveLength(PER_PAGE);
    const sizes = Object.values(store.snapshot()).map((value) => new TextEncoder().encode(JSON.stringify(value)).byteLength);
    expect(Math.max(...sizes)).toBeLessThan(240 * 1024);
    expect(await store.get(itemIndexKey('ABC-801'))).toBeUndefined();
  }, 60_000);
});
