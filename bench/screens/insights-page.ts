import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readManifest } from '../../sandbox/host/manifest';
import { EMMA } from '../../sandbox/standin/demo-users';
import type { Sandbox } from '../../sandbox/server/sandbox-server';
import { busyQuarter, figuresOf } from '../insights-fixture';
import type { NotReady } from './issue-panel';
import type { ScreenBudget, ScreenSpec } from './screen-spec';

const ROOT = resolve(__dirname, '..', '..');
const RESOURCE_KEY = 'insights-page';
const ENTRY = join(ROOT, 'static', 'insights-page', 'src', 'index.tsx');
export const INSIGHT_EVENTS = 50_000;

/** Issue #16, item 8: the screens' budgets; the ratio is the register's (two Jira calls as the viewer, one batched read). */
export const INSIGHTS_BUDGET: ScreenBudget = { gzipKb: 150, ratio: 3, backendCalls: 1 };

/** The demo project with a quarter of 50,000 attempts at Definition of Done, its figures stored in one write. */
async function fillProject(sandbox: Pick<Sandbox, 'store'>): Promise<void> {
  await sandbox.store.seed({ ...(await sandbox.store.snapshot()), ...figuresOf(busyQuarter(INSIGHT_EVENTS, Date.now())) });
}

/** The insights page of a project with 50,000 events in the quarter, as Emma opens it. */
export function insightsPageScreen(): ScreenSpec | NotReady {
  const name = `insights page (${INSIGHT_EVENTS.toLocaleString('en')} events)`;
  if (!existsSync(ENTRY)) return { name, budget: INSIGHTS_BUDGET, notReady: `not built yet (no ${relative(ROOT, ENTRY)})` };
  const module = readManifest(join(ROOT, 'manifest.yml')).modules.find((m) => m.type === 'jira:projectPage' && m.resources['default'] === RESOURCE_KEY);
  if (!module) return { name, budget: INSIGHTS_BUDGET, notReady: `no jira:projectPage with resource "${RESOURCE_KEY}" in manifest.yml` };
  return {
    name,
    entry: ENTRY,
    module,
    pagePath: '/insights',
    contentSelector: '[data-testid="criteria-table"] tbody tr',
    accountId: EMMA.accountId,
    budget: INSIGHTS_BUDGET,
    prepare: fillProject,
  };
}
