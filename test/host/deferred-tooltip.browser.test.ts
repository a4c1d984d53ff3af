/**
 * The deferred Tooltip (scripts/custom-ui/deferred-tooltip.tsx) in the real DACI macro, in the
 * sandbox's Confluence page: the sortable headers still show Atlaskit's sort tooltips on hover
 * and on keyboard focus, once the lazy chunk has arrived, with no console error.
 */
import { benchTable, placeDaciTable } from '../../bench/screens/daci-macro';
import { ALEX } from '../../sandbox/standin/demo-users';
import { DACI_MODULE, macroFrame } from '../browser/support/daci-page';
import { startSandboxSession, type SandboxSession } from '../browser/support/sandbox-session';

jest.setTimeout(120_000);

let session: SandboxSession;
beforeAll(async () => {
  session = await startSandboxSession();
  await placeDaciTable(session.sandbox, DACI_MODULE, benchTable(3));
});
afterAll(() => session?.close());

describe('the deferred Tooltip in the DACI macro', () => {
  it('shows the sort tooltip on hover and on focus, from a lazy chunk', async () => {
    const { page, context } = await session.openAs(ALEX.accountId);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text()); });
    const chunks: string[] = [];
    page.on('response', (r) => { if (r.url().includes('/__sandbox/resources/daci-view/chunks/')) chunks.push(r.url()); });
    await page.goto('/wiki');
    const table = macroFrame(page);
    await table.getByTestId('daci-table--body').waitFor();
    // Before the lazy chunk arrives the trigger has no tooltip handlers; wait for it.
    await page.waitForLoadState('networkidle');
    const fetched = chunks.length;
    const due = table.getByRole('button', { name: 'Due' });
    await due.hover();
    await table.getByRole('tooltip').filter({ hasText: /Sort (ascending|descending)/ }).waitFor();
    await page.mouse.move(0, 0);
    await table.getByRole('tooltip').waitFor({ state: 'detached' });
    await table.getByRole('button', { name: 'Decision' }).focus();
    await table.getByRole('tooltip').filter({ hasText: /Sort (ascending|descending)/ }).waitFor();
    expect(errors).toEqual([]);
    expect(fetched).toBeGreaterThan(0);
    await context.close();
  });
});
