import type { Page } from 'playwright-core';
import { EMMA, VICTOR } from '../../sandbox/standin/demo-users';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(90_000);

const suite = sandboxSuite();

const DONE = '31';
const ABC5_BLOCKED = [
  'Definition of Done: 2 of 10 required checks not met on ABC-5.',
  '✗ Fix version is set: Fix versions is empty. Fix: Set Fix versions to the release this ships in.',
  '✗ Description says what the work delivers: Description is empty. Fix: Edit the Description: state the problem solved and the outcome for users, so the item still makes sense after release.',
  'Open the Shipshape panel on the work item to see every check, then try the transition again.',
].join('\n');

async function openItem(page: Page, key: string) {
  await page.goto(`/browse/${key}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByTestId(`transition-${key}-${DONE}`).waitFor();
}

async function transition(page: Page, key: string, id: string) {
  await page.getByTestId(`transition-${key}-${id}`).click();
}

describe('the sandbox: a gate on the Done transition', () => {
  it('blocks an item with the exact message, and lets it through once the fields are fixed through the stand-in', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await openItem(page, 'ABC-5');
    await transition(page, 'ABC-5', DONE);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe("ABC-5 can't move to Done yet");
    expect(await page.getByTestId('transition-error').textContent()).toBe(ABC5_BLOCKED);
    await screenshot(page, 'sandbox-transition-blocked-light');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Edit fields' }).click();
    await page.getByLabel('Fix versions (comma-separated names)').fill('2026.12');
    await page.getByRole('textbox', { name: 'Description' }).fill('Shoppers see a delivery estimate on the basket page before they pay.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('flag').filter({ hasText: 'ABC-5 saved' }).waitFor();
    // The flag comes before the item reloads: wait for the saved value itself.
    await page
      .getByTestId('field-Fix versions')
      .filter({ hasText: /^2026\.12$/ })
      .waitFor();

    await transition(page, 'ABC-5', DONE);
    await page.getByTestId('flag').filter({ hasText: 'ABC-5 moved to Done' }).waitFor();
    await page.getByTestId('status').first().filter({ hasText: 'Done' }).waitFor();
    await screenshot(page, 'sandbox-transition-passed-light');
    await context.close();
  });

  it('unblocks an item by finishing its sub-tasks and its blocker through their own transitions', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId, 'dark');
    await openItem(page, 'ABC-3');
    await transition(page, 'ABC-3', DONE);
    const message = await page.getByTestId('transition-error').textContent();
    expect(message).toContain('✗ All sub-tasks are done: 2 sub-tasks not done: ABC-8 (In Progress), ABC-9 (To Do).');
    expect(message).toContain('✗ No open work item blocks this one: 1 work item linked as "is blocked by" not done: ABC-4 (In Progress).');
    await screenshot(page, 'sandbox-transition-blocked-dark');
    await page.getByRole('button', { name: 'Close' }).click();

    const START = '11';
    await transition(page, 'ABC-9', START);
    await page.getByTestId('flag').filter({ hasText: 'ABC-9 moved to In Progress' }).waitFor();
    for (const subtask of ['ABC-8', 'ABC-9']) {
      await transition(page, subtask, DONE);
      await page
        .getByTestId('flag')
        .filter({ hasText: `${subtask} moved to Done` })
        .waitFor();
    }
    await openItem(page, 'ABC-4');
    await transition(page, 'ABC-4', DONE);
    await page.getByTestId('flag').filter({ hasText: 'ABC-4 moved to Done' }).waitFor();

    await openItem(page, 'ABC-3');
    await transition(page, 'ABC-3', DONE);
    await page.getByTestId('flag').filter({ hasText: 'ABC-3 moved to Done' }).waitFor();
    await context.close();
  });

  it("refuses an edit by a viewer in the stand-in itself, with Jira's message", async () => {
    const { page, context } = await suite.session.openAs(VICTOR.accountId);
    await page.goto('/browse/ABC-12');
    await page.getByRole('button', { name: 'Edit fields' }).click();
    await page.getByLabel('Labels (comma-separated)').fill('sneaky');
    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/permission/i);
    await context.close();
  });

  it('switches the signed-in person from the chrome', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await page.goto('/');
    await page.getByTestId('user-switcher').selectOption(VICTOR.accountId);
    await page.waitForFunction(() => document.cookie.includes('sandbox-user'));
    const cookies = await context.cookies();
    expect(decodeURIComponent(cookies.find((c) => c.name === 'sandbox-user')!.value)).toBe(VICTOR.accountId);
    await context.close();
  });
});

describe('the sandbox behaves like the products around the app', () => {
  it('opens /browse/abc-5 as ABC-5, as Jira does, and shows the address as Jira writes it', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await page.goto('/browse/abc-5');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Show the delivery estimate' }).waitFor();
    expect(await page.getByText('Checkout / ABC-5').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/browse/ABC-5');
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    await context.close();
  });

  it('asks before Reset demo puts everything back, and Cancel keeps it', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await page.goto('/');
    await page.getByRole('button', { name: 'Reset demo' }).click();
    const ask = page.getByRole('group', { name: 'Reset the demo?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Reset demo' }).count()).toBe(1);
    await context.close();
  });
});
