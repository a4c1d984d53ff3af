import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readManifest } from '../../sandbox/host/manifest';
import { withMacro } from '../../sandbox/chrome/macro-storage';
import { ALEX, EMMA, PRIYA, QUINN } from '../../sandbox/standin/demo-users';
import { SEED_CONFLUENCE } from '../../sandbox/standin/seed-confluence';
import type { Sandbox } from '../../sandbox/server/sandbox-server';
import { DACI_FORMAT } from '../../src/domain/daci/daci-values';
import type { DaciTable, Decision } from '../../src/domain/daci/daci-schema';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import type { NotReady } from './issue-panel';
import type { ScreenBudget, ScreenSpec } from './screen-spec';

const ROOT = resolve(__dirname, '..', '..');
const RESOURCE_KEY = 'daci-view';
const ENTRY = join(ROOT, 'static', 'daci-macro', 'src', 'view.entry.tsx');
export const BENCH_DECISIONS = 200;

/**
 * Issue #6: one backend call and 150 KB gzip; it asks for the ratio to be shown, without a target.
 * The ratio's target is ours: 3. The panel's 2 (issue #4) is out of reach for a 200-decision
 * table here: a bare `<table>` of the same answer, with no Atlaskit, measured 2.07 on this
 * 2-core machine, and the Atlaskit table measures 2.0–2.5 in most runs (bench/README.md, "Reading
 * the DACI macro's rows"). 3 fails a real regression (~+100 ms).
 */
export const DACI_MACRO_BUDGET: ScreenBudget = { gzipKb: 150, ratio: 3, backendCalls: 1 };

const STATUSES = ['not-started', 'in-progress', 'decided', 'deferred'] as const;
const IMPACTS = ['high', 'medium', 'low'] as const;

/** A full table: `count` decisions with every role, some overdue, some with options. */
export function benchTable(count = BENCH_DECISIONS): DaciTable {
  const decisions = Array.from({ length: count }, (_, i): Decision => ({
    id: `d-${i}`,
    title: `Decision ${i + 1}: which way for part ${i % 17} of the saved cards work?`,
    status: STATUSES[i % STATUSES.length]!,
    impact: IMPACTS[i % IMPACTS.length]!,
    driver: [PRIYA, EMMA][i % 2]!.accountId,
    approver: [ALEX, QUINN][i % 2]!.accountId,
    contributors: [EMMA.accountId, QUINN.accountId],
    informed: [PRIYA.accountId],
    due: `20${25 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    outcome: i % 4 === 2 ? 'Chosen: the first option.' : '',
    background: `Background of decision ${i + 1}.`,
    options: i % 3 === 0 ? [{ description: 'Keep it as it is', pros: 'No work', cons: 'No gain', cost: 'none' }] : [],
    jiraKeys: i % 5 === 0 ? ['ABC-10'] : [],
    actionItems:
      i % 5 === 0
        ? [
            { text: 'Write the migration plan', owner: EMMA.accountId, due: '2026-01-31', done: true },
            { text: 'Tell support what changes', owner: PRIYA.accountId, done: false },
          ]
        : [],
  }));
  return { format: DACI_FORMAT, title: `${count} decisions`, decisions };
}

/** Places the macro, with the table saved in its config, on the sandbox's spec page (as Priya saves it). */
export async function placeDaciTable(sandbox: Pick<Sandbox, 'url' | 'standIn'>, moduleKey: string, table = benchTable()): Promise<void> {
  const pageUrl = `${sandbox.url}/wiki/api/v2/pages/${SEED_CONFLUENCE.specPageId}`;
  const headers = {
    accept: 'application/json',
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${PRIYA.emailAddress}:sandbox`).toString('base64')}`,
  };
  const got = await fetch(`${pageUrl}?body-format=storage`, { headers });
  if (!got.ok) throw new Error(`Reading the spec page answered ${got.status}`);
  const page = (await got.json()) as { title: string; version: { number: number }; body: { storage: { value: string } } };
  const value = withMacro(page.body.storage.value, { moduleKey, localId: 'bench-daci', config: macroConfigOf(table) });
  const body = {
    id: SEED_CONFLUENCE.specPageId,
    status: 'current',
    title: page.title,
    body: { representation: 'storage', value },
    version: { number: page.version.number + 1 },
  };
  const put = await fetch(pageUrl, { method: 'PUT', headers, body: JSON.stringify(body) });
  if (!put.ok) throw new Error(`Saving the ${table.decisions.length}-decision table answered ${put.status}: ${await put.text()}`);
  // The save's page event indexes the decisions in the background: measure the screen once that is done.
  await sandbox.standIn.eventsSettled();
}

/** The DACI macro on the sandbox's spec page with a 200-decision table, as Alex (an Approver) sees it. */
export function daciMacroScreen(): ScreenSpec | NotReady {
  const name = `DACI macro (${BENCH_DECISIONS} decisions)`;
  if (!existsSync(ENTRY)) return { name, budget: DACI_MACRO_BUDGET, notReady: `not built yet (no ${relative(ROOT, ENTRY)})` };
  const module = readManifest(join(ROOT, 'manifest.yml')).modules.find((m) => m.type === 'macro' && m.resources['default'] === RESOURCE_KEY);
  if (!module) return { name, budget: DACI_MACRO_BUDGET, notReady: `no macro with resource "${RESOURCE_KEY}" in manifest.yml` };
  return {
    name,
    entry: ENTRY,
    module,
    pagePath: '/wiki',
    contentSelector: '[data-testid="daci-table--body"]',
    accountId: ALEX.accountId,
    budget: DACI_MACRO_BUDGET,
    prepare: (sandbox) => placeDaciTable(sandbox, module.key),
  };
}
