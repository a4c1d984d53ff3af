import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readManifest } from '../../sandbox/host/manifest';
import { macroXml } from '../../sandbox/chrome/macro-storage';
import { PRIYA } from '../../sandbox/standin/demo-users';
import { SEED_CONFLUENCE } from '../../sandbox/standin/seed-confluence';
import type { PageData } from '../../sandbox/standin/standin-data';
import type { Sandbox } from '../../sandbox/server/sandbox-server';
import { memoryStore } from '../../src/adapters/memory-store';
import { macroConfigOf } from '../../src/domain/daci/macro-config';
import { DACI_MODULE_KEY } from '../../src/decisions/index-page';
import { indexSpaceOfDecisions, pageIdOf, tableOf } from '../space-of-decisions';
import type { NotReady } from './issue-panel';
import type { ScreenBudget, ScreenSpec } from './screen-spec';

const ROOT = resolve(__dirname, '..', '..');
const RESOURCE_KEY = 'decision-register';
const ENTRY = join(ROOT, 'static', 'decision-register', 'src', 'index.tsx');
const PAGES = 500;
const PER_PAGE = 10;

/** Issue #15, item 8: the budgets of the other screens; the ratio is the DACI view's (a backend that reads a whole space). */
export const DECISION_REGISTER_BUDGET: ScreenBudget = { gzipKb: 150, ratio: 3, backendCalls: 1 };

/** Page p as the stand-in keeps it: its DACI table in storage format. */
const standInPage = (p: number): PageData => ({
  id: pageIdOf(p),
  spaceId: SEED_CONFLUENCE.spaceId,
  parentId: SEED_CONFLUENCE.homepageId,
  status: 'current',
  authorId: PRIYA.accountId,
  ownerId: PRIYA.accountId,
  createdAt: '2026-11-01T09:00:00.000Z',
  versions: [
    {
      number: 1,
      createdAt: '2026-11-01T09:00:00.000Z',
      message: '',
      minorEdit: false,
      authorId: PRIYA.accountId,
      title: `Spec ${p}`,
      storage: macroXml({ moduleKey: DACI_MODULE_KEY, localId: `t${p}`, config: macroConfigOf(tableOf(p, PER_PAGE)) }),
    },
  ],
});

/**
 * Fills the demo space with 500 pages of 10 decisions: the pages in the stand-in, their index
 * built through the index's own path in memory and stored in the sandbox's store in one write
 * (indexing page by page into the file store would rewrite its file thousands of times).
 */
export async function fillSpace(sandbox: Pick<Sandbox, 'standIn' | 'store'>): Promise<void> {
  sandbox.standIn.addPages(Array.from({ length: PAGES }, (_, p) => standInPage(p)));
  const index = memoryStore();
  await indexSpaceOfDecisions(index, PAGES, PER_PAGE);
  await sandbox.store.seed({ ...(await sandbox.store.snapshot()), ...index.snapshot() });
}

/** The decision register of a space with 5,000 decisions, as Priya opens it. */
export function decisionRegisterScreen(): ScreenSpec | NotReady {
  const name = `decision register (${PAGES * PER_PAGE} decisions)`;
  if (!existsSync(ENTRY)) return { name, budget: DECISION_REGISTER_BUDGET, notReady: `not built yet (no ${relative(ROOT, ENTRY)})` };
  const module = readManifest(join(ROOT, 'manifest.yml')).modules.find((m) => m.type === 'confluence:spacePage' && m.resources['default'] === RESOURCE_KEY);
  if (!module) return { name, budget: DECISION_REGISTER_BUDGET, notReady: `no confluence:spacePage with resource "${RESOURCE_KEY}" in manifest.yml` };
  return {
    name,
    entry: ENTRY,
    module,
    pagePath: '/wiki/decisions',
    contentSelector: '[data-testid="register-table"] tbody tr',
    accountId: PRIYA.accountId,
    budget: DECISION_REGISTER_BUDGET,
    prepare: fillSpace,
  };
}
