import { performance } from 'node:perf_hooks';
import { memoryStore } from '../src/adapters/memory-store';
import type { KeyValueStore } from '../src/ports/key-value-store';
import { indexPage } from '../src/decisions/index-page';
import { loadLinkedDecisions } from '../src/decisions/read-index';
import { itemIndexKey } from '../src/decisions/index-keys';
import { INDEX_FORMAT } from '../src/domain/decisions/index-schema';
import { DACI_FORMAT, type DaciTable, type Decision } from '../src/domain/daci/daci-schema';
import { macroConfigOf } from '../src/domain/daci/macro-config';
import { DACI_LIMITS } from '../src/domain/daci/daci-limits';
import type { LinkedDecisions } from '../src/domain/decisions/linked-decisions';
import { countingStore } from './counting-store';
import { median, type Row } from './measure';

const APP = '5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42';
const PAGE = '131073';

const decision = (n: number): Decision => ({
  id: `d${n}`,
  title: `Decision ${n}: where do we keep card tokens for saved cards in region ${n % 7}?`,
  status: (['not-started', 'in-progress', 'decided', 'deferred'] as const)[n % 4]!,
  impact: 'medium',
  driver: 'acc-alex',
  approver: 'acc-priya',
  contributors: ['acc-emma'],
  informed: [],
  outcome: n % 4 === 2 ? 'Vault' : '',
  background: 'x'.repeat(400),
  options: [{ description: 'Vault', pros: 'No PCI scope', cons: 'Cost', cost: '$2k/mo' }],
  jiraKeys: [`ABC-${n + 1}`, `ABC-${n + 2}`],
  actionItems: [],
});

/** A table of `count` decisions, each linking two work items (count + 1 distinct items). */
export const benchTable = (count: number): DaciTable => ({
  format: DACI_FORMAT,
  title: 'Bench decisions',
  decisions: Array.from({ length: count }, (_, n) => decision(n)),
});

/** Indexing one page with the most decisions a table holds, on a fake Confluence that answers at once. */
export async function decisionIndexRows(): Promise<Row[]> {
  const count = DACI_LIMITS.decisions;
  const guestParams = macroConfigOf(benchTable(count));
  const extension = {
    type: 'extension',
    attrs: { extensionKey: `${APP}/env/static/shipshape-daci`, localId: 't1', parameters: { localId: 't1', guestParams } },
  };
  const body = { atlas_doc_format: { value: JSON.stringify({ type: 'doc', version: 1, content: [extension] }) } };
  let version = 1;
  const client = async () => ({
    status: 200,
    header: () => undefined,
    body: { id: PAGE, title: 'Spec', spaceId: '98306', status: 'current', version: { number: version }, body },
  });
  const times: number[] = [];
  let last = { reads: 0, commits: 0 };
  for (let run = 0; run < 7; run += 1) {
    const { counted, counts } = countingStore(memoryStore());
    const deps = {
      confluence: {
        client,
        clock: { now: () => Date.now(), sleep: async () => undefined },
        retry: { attempts: 1, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 0 },
      },
      store: counted,
      appId: APP,
    };
    version += 1;
    const start = performance.now();
    const outcome = await indexPage(deps, PAGE);
    times.push(performance.now() - start);
    if (!outcome.written) throw new Error(`bench: the page was not indexed (${outcome.reason})`);
    last = counts;
  }
  const items = count + 1;
  const commitsBudget = Math.ceil(items / 25) + 1;
  const ms = median(times);
  return [
    {
      measure: `index a page of ${count} decisions linking ${items} items`,
      value: `${ms.toFixed(1)} ms`,
      target: '<= 2,000 ms (Forge allows 25 s)',
      ok: ms <= 2000,
    },
    { measure: 'its storage commits (25 keys each, Forge max)', value: String(last.commits), target: `<= ${commitsBudget}`, ok: last.commits <= commitsBudget },
  ];
}

/** 100 decisions that link one item, as the index hands them to a gate (the most an item entry keeps). */
export function benchDecisions(): LinkedDecisions {
  const decisions = Array.from({ length: 100 }, (_, n) => {
    const { jiraKeys: _keys, ...d } = decision(n);
    return {
      localId: 't1',
      id: d.id,
      title: d.title,
      status: d.status,
      approver: d.approver,
      driver: d.driver,
      signOff: 'current' as const,
      pageId: PAGE,
      pageTitle: 'Spec',
    };
  });
  return { state: 'read', decisions, omitted: 0 };
}

/** Puts 100 decisions linking `key` in the index, as indexing a spec page would. */
export async function indexBenchDecisions(store: KeyValueStore, key: string): Promise<void> {
  const linked = benchDecisions();
  if (linked.state !== 'read') return;
  const decisions = linked.decisions.map(({ pageId: _p, pageTitle: _t, ...d }) => d);
  await store.set(itemIndexKey(key), { format: INDEX_FORMAT, key, pages: [{ pageId: PAGE, pageTitle: 'Spec', version: 1, decisions, omitted: 0 }] });
  const read = await loadLinkedDecisions(store, key);
  if (read.state !== 'read' || read.decisions.length !== 100) throw new Error('bench: the item entry does not read back');
}
