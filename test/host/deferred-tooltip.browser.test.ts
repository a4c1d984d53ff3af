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
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
    });
    const chunks: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/__sandbox/resources/daci-view/chunks/')) chunks.push(r.url());
    });
    await page.goto('/wiki');
    const table = macroFrame(page);
    await table.getByTestId('daci-table--body').waitFor();
    // Before the lazy chunk arrives the trigger has no tooltip handlers; wait for it.
    await page.waitForLoadState('networkidle');
    const fetched = chunks.length;
    const due = table.getByRole('button', { name: 'Due' });
    await due.hover();
    await table
      .getByRole('tooltip')
      .filter({ hasText: /Sort (ascending|descending)/ })
      .waitFor();
    await page.mouse.move(0, 0);
    await table.getByRole('tooltip').waitFor({ state: 'detached' });
    await table.getByRole('button', { name: 'Decision' }).focus();
    await table
      .getByRole('tooltip')
      .filter({ hasText: /Sort (ascending|descending)/ })
      .waitFor();
    expect(errors).toEqual([]);
    expect(fetched).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps keyboard focus on a sortable header when the real Tooltip arrives while it is focused', async () => {
    const { page, context } = await session.openAs(ALEX.accountId);
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    let tooltipArrived = false;
    // The lazy chunk with the real Tooltip waits until the header has focus.
    await context.route('**/__sandbox/resources/daci-view/chunks/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('TooltipContainer')) {
        await held;
        tooltipArrived = true;
      }
      await route.fulfill({ response, body });
    });
    await page.goto('/wiki');
    const table = macroFrame(page);
    await table.getByTestId('daci-table--body').waitFor();
    const decision = table.getByRole('button', { name: 'Decision' });
    await decision.focus();
    await page.keyboard.press('Enter');
    expect(await table.getByRole('columnheader', { name: /^Decision/ }).getAttribute('aria-sort')).toBe('ascending');
    release();
    while (!tooltipArrived) await page.waitForTimeout(20);
    await page.waitForTimeout(300); // the import resolves and React renders well within this
    expect(await decision.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await table.getByRole('columnheader', { name: /^Decision/ }).getAttribute('aria-sort')).toBe('descending');
    // Once focus has left, the real Tooltip is in place: focusing a header shows it.
    await table.getByRole('button', { name: 'Due' }).focus();
    await table
      .getByRole('tooltip')
      .filter({ hasText: /Sort (ascending|descending)/ })
      .waitFor();
    await context.close();
  });
});
