import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readManifest } from '../../sandbox/host/manifest';
import { EMMA } from '../../sandbox/standin/demo-users';
import type { ScreenBudget, ScreenSpec } from './screen-spec';

const ROOT = resolve(__dirname, '..', '..');
const RESOURCE_KEY = 'issue-panel';
const ENTRY = join(ROOT, 'static', 'issue-panel', 'src', 'index.tsx');

/** Issue #4: one backend call, 150 KB gzip, at most twice the bare React page's time-to-content. */
export const ISSUE_PANEL_BUDGET: ScreenBudget = { gzipKb: 150, ratio: 2, backendCalls: 1 };

export type NotReady = { readonly name: string; readonly budget: ScreenBudget; readonly notReady: string };

/** The issue panel on ABC-10 as Emma Engineer sees it, or why it cannot be measured yet. */
export function issuePanelScreen(): ScreenSpec | NotReady {
  const name = 'issue panel';
  if (!existsSync(ENTRY)) return { name, budget: ISSUE_PANEL_BUDGET, notReady: `not built yet (no ${relative(ROOT, ENTRY)})` };
  const module = readManifest(join(ROOT, 'manifest.yml')).modules.find((m) => m.type === 'jira:issuePanel' && m.resources['default'] === RESOURCE_KEY);
  if (!module) return { name, budget: ISSUE_PANEL_BUDGET, notReady: `no jira:issuePanel with resource "${RESOURCE_KEY}" in manifest.yml` };
  return {
    name,
    entry: ENTRY,
    module,
    pagePath: '/browse/ABC-10',
    contentSelector: '[data-testid="panel-content"]',
    accountId: EMMA.accountId,
    budget: ISSUE_PANEL_BUDGET,
  };
}
