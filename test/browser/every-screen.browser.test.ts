/**
 * Every Shipshape screen, light and dark: each is opened as its user would open it, checked with
 * axe (no serious or critical violation) and saved to test-results/every-screen-<screen>-<theme>.png.
 */
import { waitExplained } from './support/page-activity';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { ALEX, EMMA, PRIYA } from '../../sandbox/standin/demo-users';
import { seriousViolationsIn } from './support/axe';
import { addDecision, configFrame, DACI_MODULE, waitForTableText } from './support/daci-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const suite = sandboxSuite();
const frame = (page: Page, moduleKey: string): FrameLocator => page.frameLocator(`iframe[data-module-key="${moduleKey}"]`);

/** The spec page with a DACI table of two decisions (inserted by the first screen that needs it). */
async function specPageWithTable(page: Page): Promise<void> {
  await page.goto('/wiki');
  // The macros' part of the page (with its Insert button) comes after the page itself: count the tables only then.
  await page.getByTestId(`insert-macro-${DACI_MODULE}`).waitFor();
  if ((await page.getByTestId(/^edit-macro-/).count()) === 0) await insertTable(page);
  // As the DACI suite does: the table has drawn before anything else is pressed.
  await waitForTableText(page, 'Offer saved cards to guests?');
}

async function insertTable(page: Page): Promise<void> {
  await page.getByTestId(`insert-macro-${DACI_MODULE}`).click();
  const config = configFrame(page);
  await config.locator('#table-title').fill('Saved cards: open decisions');
  await addDecision(config, 0, { title: 'Where do we keep card tokens?', driver: ['pri', 'Priya PM'], approver: ['ale', 'Alex Admin'], due: '2030-01-15' });
  await addDecision(config, 1, { title: 'Offer saved cards to guests?', driver: ['emm', 'Emma Engineer'], approver: ['qui', 'Quinn QA'] });
  await config.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('page-version').filter({ hasText: 'Version 3' }).waitFor();
}

interface Screen {
  name: string;
  who: string;
  /** Opens the screen and waits for its content; answers the selector axe checks. */
  open(page: Page): Promise<string>;
}

/** A screen that is one app frame on a sandbox page, ready when `ready` (inside the frame) shows. */
const framed = (name: string, who: string, path: string, moduleKey: string, ready: (app: FrameLocator) => Locator): Screen => ({
  name,
  who,
  async open(page) {
    await page.goto(path);
    await waitExplained(page, ready(frame(page, moduleKey)), `${name}'s content`);
    return `iframe[data-module-key="${moduleKey}"]`;
  },
});

const SCREENS: Screen[] = [
  framed('issue-panel', EMMA.accountId, '/browse/ABC-10', 'shipshape-panel', (app) => app.getByTestId('panel-content')),
  {
    name: 'issue-panel-editing',
    who: EMMA.accountId,
    async open(page) {
      await page.goto('/browse/ABC-10');
      const panel = frame(page, 'shipshape-panel');
      await panel.getByRole('button', { name: 'Edit package' }).click();
      await panel.locator('input#edit-risk-severity-0').waitFor();
      return 'iframe[data-module-key="shipshape-panel"]';
    },
  },
  {
    name: 'issue-context',
    who: EMMA.accountId,
    async open(page) {
      await page.goto('/browse/ABC-5');
      await page
        .getByTestId('issue-context-shipshape-context')
        .getByRole('button', { name: /Shipshape/ })
        .click();
      await frame(page, 'shipshape-context').getByTestId('context-content').waitFor();
      return '[data-testid="issue-context-shipshape-context"]';
    },
  },
  framed('project-settings', ALEX.accountId, '/project-settings', 'shipshape-gates-settings', (app) => app.getByTestId('gate-list')),
  {
    name: 'gate-editor',
    who: ALEX.accountId,
    async open(page) {
      await page.goto('/project-settings');
      const settings = frame(page, 'shipshape-gates-settings');
      await settings.getByTestId('edit-definition-of-done').click();
      await settings.getByTestId('gate-editor').waitFor();
      return 'iframe[data-module-key="shipshape-gates-settings"]';
    },
  },
  framed('insights', EMMA.accountId, '/insights', 'shipshape-insights', (app) => app.getByTestId('insights-content')),
  {
    name: 'insights-gadget',
    who: EMMA.accountId,
    async open(page) {
      await page.goto('/dashboard');
      const config = { project: { id: '10000', key: 'ABC', name: 'Checkout' }, gateId: 'definition-of-done', weeks: 13 };
      await page.evaluate((saved) => localStorage.setItem('sandbox-gadget-config', saved), JSON.stringify(config));
      await page.reload();
      await page.getByTestId('gadget-shipshape-insights-gadget').frameLocator('iframe').getByTestId('gadget-content').waitFor();
      return '[data-testid="gadget-shipshape-insights-gadget"] iframe';
    },
  },
  framed('decision-register', PRIYA.accountId, '/wiki/decisions', 'shipshape-decision-register', (app) => app.locator('input#reg-status')),
  framed('site-templates', ALEX.accountId, '/jira-admin', 'shipshape-site-templates', (app) => app.locator('h1')),
  {
    name: 'workflow-rule-view',
    who: ALEX.accountId,
    async open(page) {
      await page.goto('/workflow');
      await page.getByTestId('rule-view-31').frameLocator('iframe').getByTestId('rule-summary').waitFor();
      return '[data-testid="rule-view-31"] iframe';
    },
  },
  {
    name: 'workflow-rule-edit',
    who: ALEX.accountId,
    async open(page) {
      await page.goto('/workflow');
      await page.getByRole('button', { name: 'Edit Shipshape gate on Done' }).click();
      const dialog = page.getByTestId('rule-dialog');
      await dialog.frameLocator('iframe').locator('input#gate').waitFor();
      return '[data-testid="rule-dialog"] iframe';
    },
  },
  {
    name: 'daci-table',
    who: PRIYA.accountId,
    async open(page) {
      await specPageWithTable(page);
      return `iframe[data-module-key="${DACI_MODULE}"]`;
    },
  },
  {
    name: 'daci-config',
    who: PRIYA.accountId,
    async open(page) {
      await specPageWithTable(page);
      await page
        .getByTestId(/^edit-macro-/)
        .first()
        .click();
      await configFrame(page).locator('#table-title').waitFor();
      // The deferred selects have loaded: every control is Atlaskit's.
      await configFrame(page).locator('input#decision-0-status').waitFor();
      return '[data-testid="macro-config-dialog"] iframe';
    },
  },
];

describe('every screen, light and dark', () => {
  const cases = SCREENS.flatMap((screen) => (['light', 'dark'] as const).map((theme) => [screen.name, theme, screen] as const));
  it.each(cases)('%s (%s): no serious or critical axe violation, and a screenshot', async (name, theme, screen) => {
    const { page, context } = await suite.session.openAs(screen.who, theme);
    const scope = await screen.open(page);
    // The host applies the theme's tokens a moment after the app draws: check the colours once they are the theme's.
    const app = page.frameLocator(scope.includes('iframe') ? scope : `${scope} iframe`).first();
    await app.locator(`html[data-color-mode="${theme}"]`).waitFor({ state: 'attached' });
    // A click that opened the screen can leave the pointer over a name: axe would catch its tooltip mid-fade.
    await page.mouse.move(0, 0);
    await app.locator('[role="tooltip"]').waitFor({ state: 'detached' });
    expect(await seriousViolationsIn(page, scope)).toEqual([]);
    await screenshot(page, `every-screen-${name}-${theme}`);
    await context.close();
  });
});
