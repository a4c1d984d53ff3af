/**
 * Issue 15, items 4 and 7: the decision register in the sandbox, as a PM uses it. Priya opens her
 * space's register: the seeded platform decisions are there; she narrows it to what awaits her
 * sign-off, to what is in progress, to what is overdue, sorts by due date, and finds a decision she
 * has just linked to ABC-10 on the spec page, with links to the page and the item.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { PRIYA } from '../../sandbox/standin/demo-users';
import { isOverdue, todayIn } from '../../src/domain/daci/overdue';
import { addDecision, configFrame, DACI_MODULE, waitForTableText } from './support/daci-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const suite = sandboxSuite();
const REGISTER = 'shipshape-decision-register';
const register = (page: Page): FrameLocator => page.frameLocator(`iframe[data-module-key="${REGISTER}"]`);
const count = (app: FrameLocator) => app.getByTestId('register-count');
const titles = async (app: FrameLocator) => app.getByTestId('register-table').locator('tbody tr .reg-title').allTextContents();

/** The seeded page's decisions (sandbox/standin/seed-decisions-page.ts) with their due dates. */
const SEEDED = [
  { title: 'Which payment provider tokenises saved cards?', status: 'decided', due: '2026-10-20' },
  { title: 'Do we keep the billing address with a saved card?', status: 'in-progress', due: '2026-11-15' },
  { title: 'How long do we keep a saved card nobody uses?', status: 'not-started', due: '2027-01-15' },
  { title: 'Do saved cards ship in the mobile app at launch?', status: 'deferred' },
  { title: 'Which 3-D Secure flow do saved cards use?', status: 'in-progress', due: '2026-12-10' },
  { title: "Where does 'Remove card' live?", status: 'not-started', due: '2026-11-28' },
] as const;

async function openRegister(page: Page): Promise<FrameLocator> {
  await page.goto('/wiki/decisions');
  const app = register(page);
  await app.locator('input#reg-status').waitFor();
  return app;
}

describe('the decision register, as a PM uses it', () => {
  it('lists the space’s decisions and narrows them to what awaits Priya, what is in progress and what is overdue', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    const app = await openRegister(page);
    await count(app).filter({ hasText: 'Decisions 1–6 of 6 (6 in this space)' }).waitFor();
    expect((await titles(app)).sort()).toEqual(SEEDED.map((d) => d.title).sort());
    const link = app.getByRole('link', { name: 'Checkout platform decisions' }).first();
    expect(await link.getAttribute('href')).toMatch(/\/wiki\/spaces\/PROD\/pages\/131090\//);

    // Awaiting my sign-off: Priya is the Approver of four, none approved yet.
    await app.getByLabel('Awaiting my sign-off (4)').check();
    await count(app).filter({ hasText: 'of 4 (6 in this space)' }).waitFor();
    // …and of those, the ones in progress.
    await app.locator('input#reg-status').fill('In progress');
    await app.locator('input#reg-status').press('Enter');
    await count(app).filter({ hasText: 'Decisions 1–1 of 1' }).waitFor();
    expect(await titles(app)).toEqual(['Which 3-D Secure flow do saved cards use?']);
    await screenshot(page, 'decision-register-filtered-light');

    await app.getByRole('button', { name: 'Clear filters' }).click();
    await count(app).filter({ hasText: 'of 6 (6 in this space)' }).waitFor();
    const today = todayIn(PRIYA.timeZone, new Date());
    const overdue = SEEDED.filter((d) => isOverdue(d, today)).map((d) => d.title);
    await app.getByLabel(`Overdue (${overdue.length})`).check();
    await count(app)
      .filter({ hasText: `of ${overdue.length} (6 in this space)` })
      .waitFor();
    expect((await titles(app)).sort()).toEqual([...overdue].sort());
    await context.close();
  });

  it('sorts by due date across the space, latest first, decisions without one last', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    const app = await openRegister(page);
    await count(app).filter({ hasText: 'of 6' }).waitFor();
    expect((await titles(app))[0]).toBe('Which payment provider tokenises saved cards?');
    await app.getByTestId('register-table').getByRole('button', { name: 'Due' }).click();
    await app.getByTestId('register-table').locator('tbody tr').first().filter({ hasText: 'How long do we keep a saved card nobody uses?' }).waitFor();
    expect((await titles(app)).at(-1)).toBe('Do saved cards ship in the mobile app at launch?');
    await context.close();
  });

  it('finds a decision Priya has just linked to ABC-10 on the spec page, with links to the page and the work item', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    await page.getByTestId(`insert-macro-${DACI_MODULE}`).click();
    const config = configFrame(page);
    await config.locator('#table-title').fill('Saved cards: open decisions');
    await addDecision(config, 0, { title: 'Where do we keep card tokens?', driver: ['ale', 'Alex Admin'], approver: ['pri', 'Priya PM'] });
    await config.locator('#decision-0-jira').fill('ABC-10');
    await config.getByRole('button', { name: 'Save' }).click();
    await waitForTableText(page, 'Where do we keep card tokens?');

    const app = await openRegister(page);
    await count(app).filter({ hasText: '(7 in this space)' }).waitFor();
    await app.locator('input#reg-text').fill('card tokens');
    await count(app).filter({ hasText: 'Decisions 1–1 of 1' }).waitFor();
    const row = app.getByTestId('register-table').locator('tbody tr').first();
    expect(await row.getByRole('link', { name: 'Checkout: saved cards — spec' }).getAttribute('href')).toMatch(/\/wiki\/spaces\/PROD\/pages\/131073\//);
    expect(await row.getByRole('link', { name: 'ABC-10' }).getAttribute('href')).toMatch(/\/browse\/ABC-10$/);
    await screenshot(page, 'decision-register-linked-light');
    await context.close();
  });
});
