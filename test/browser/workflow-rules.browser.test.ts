/**
 * The sandbox's workflow rules page, in Chromium, as a Jira admin uses the new workflow editor:
 *
 * - with the probe app (test/browser/probe-app) plugged in as the `jira:workflowValidator`
 *   module's `create` / `edit` / `view` resources: the rule's summary is the `view` resource
 *   with the saved configuration in its context; Edit → Update and Add run the app's
 *   `workflowRules.onConfigure` callback and save what it returns; Cancel and an undefined answer
 *   save nothing; the app's errors are shown;
 * - with the validator's resources taken away: the JSON editor, end to end with the real validator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { buildApp } from '../../scripts/build-static';
import type { FunctionHandler } from '../../sandbox/host/invoke-route';
import { ALEX } from '../../sandbox/standin/demo-users';
import { PROBE_CONFIGURE_FAILURE, PROBE_SKIP, PROBE_THROW } from './probe-app/probe-config';
import { handler } from './probe-app/resolver';
import { startSandboxSession, type SandboxSession } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const START = '11';
const DONE = '31';
const WORKFLOW_ID = 'checkout-workflow';
const DONE_RULE_ID = 'shipshape-gate-definition-of-done';
const VALIDATOR_MODULE = {
  type: 'jira:workflowValidator',
  key: 'shipshape-gate',
  resources: { create: 'probe', edit: 'probe', view: 'probe' },
  resolverFunction: 'probe-resolver',
};

const rulesOf = (session: SandboxSession, transitionId: string) => session.sandbox.standIn.workflow().transitions.find((t) => t.id === transitionId)?.rules;

/**
 * The probe's frame inside `scope`, once it has its context and its resolver's answer and the
 * host has sized the iframe to it (so the buttons around it have stopped moving).
 */
async function probeIn(scope: Locator): Promise<Frame> {
  const element = await scope.locator('iframe').elementHandle();
  const frame = await element?.contentFrame();
  if (!element || !frame) throw new Error('No probe iframe there.');
  await frame.waitForSelector('[data-testid="echo"]:not(:text("loading"))');
  await frame.waitForSelector('[data-testid="on-configure"]:text("registered")');
  const sized = await element.evaluate(async (iframe) => {
    const contentHeight = () => Math.ceil((iframe as HTMLIFrameElement).contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    const fits = () => Math.abs(iframe.getBoundingClientRect().height - contentHeight()) <= 1;
    for (let i = 0; i < 100 && !fits(); i++) await new Promise((done) => setTimeout(done, 50));
    return fits();
  });
  if (!sized) throw new Error('The host did not size the probe iframe to its content within 5 seconds.');
  return frame;
}

/** Every rule's view frame on the page, loaded and sized. */
async function viewsSettled(page: Page): Promise<void> {
  for (const view of await page.locator('[data-testid^="rule-view-"]').all()) await probeIn(view);
}

async function extensionOf(frame: Frame): Promise<Record<string, unknown>> {
  const context = JSON.parse((await frame.textContent('[data-testid="context"]')) ?? '{}') as { extension: Record<string, unknown> };
  return context.extension;
}

async function openWorkflow(page: Page): Promise<void> {
  await page.goto('/workflow');
  await page.getByTestId(`transition-card-${DONE}`).waitFor();
  await viewsSettled(page);
}

describe('the workflow rules page hosting the validator’s Custom UI (probe app)', () => {
  let buildDir: string;
  let session: SandboxSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'shipshape-probe-'));
    await buildApp(join(__dirname, 'probe-app', 'src', 'index.tsx'), buildDir, 'probe');
    session = await startSandboxSession({
      extraResources: { probe: buildDir },
      extraModules: [VALIDATOR_MODULE],
      extraFunctionHandlers: { 'probe-resolver': handler as FunctionHandler },
    });
    ({ page } = await session.openAs(ALEX.accountId));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await session?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(session.cspViolations.splice(0)).toEqual([]);
  });

  it('shows the Done rule’s view resource with the saved configuration in the new editor’s context', async () => {
    await openWorkflow(page);
    expect(await page.getByTestId(`rule-config-${DONE}`).count()).toBe(0);
    const view = await probeIn(page.getByTestId(`rule-view-${DONE}`));
    expect(await extensionOf(view)).toEqual({
      type: 'jira:workflowValidator',
      entryPoint: 'view',
      validatorConfig: '{"gateId":"definition-of-done"}',
      isNewEditor: true,
      workflowId: WORKFLOW_ID,
      transitionContext: {
        id: DONE,
        from: { id: '3', name: 'In Progress', statusCategory: 'IN_PROGRESS', description: expect.any(String) },
        to: { id: '10001', name: 'Done', statusCategory: 'DONE', description: expect.any(String) },
      },
    });
    // The resolver runs for the validator module, as whoever is signed in.
    expect(JSON.parse((await view.textContent('[data-testid="echo"]')) ?? '{}')).toMatchObject({ accountId: ALEX.accountId, moduleKey: VALIDATOR_MODULE.key });
    await page.getByTestId(`add-rule-${START}`).waitFor();
    await screenshot(page, 'workflow-rules-custom-ui-light');
  });

  it('Edit → Update saves what the app’s onConfigure returns (parsed), and the view shows it after a reload', async () => {
    await openWorkflow(page);
    await page.getByRole('button', { name: 'Edit Shipshape gate on Done' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Shipshape gate on Done' });
    await dialog.waitFor();
    const edit = await probeIn(dialog.getByTestId('rule-edit-frame'));
    expect(await extensionOf(edit)).toMatchObject({
      entryPoint: 'edit',
      validatorConfig: '{"gateId":"definition-of-done"}',
      isNewEditor: true,
      workflowId: WORKFLOW_ID,
      transitionContext: { id: DONE },
    });
    await edit.fill('[data-testid="config-input"]', 'release-ready');
    await dialog.getByRole('button', { name: 'Update' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(rulesOf(session, DONE)).toEqual([{ id: DONE_RULE_ID, type: 'shipshape-gate', configuration: { value: 'release-ready' } }]);
    await page.reload();
    await page.getByTestId(`transition-card-${DONE}`).waitFor();
    await viewsSettled(page);
    const view = await probeIn(page.getByTestId(`rule-view-${DONE}`));
    expect(await extensionOf(view)).toMatchObject({ entryPoint: 'view', validatorConfig: '{"value":"release-ready"}' });
    expect(await page.getByTestId(`rule-saved-${DONE}`).textContent()).toBe('{"value":"release-ready"}');
  });

  it('Cancel (button or Escape, by keyboard) saves nothing and gives focus back to Edit', async () => {
    await openWorkflow(page);
    const before = rulesOf(session, DONE);
    const editButton = page.getByRole('button', { name: 'Edit Shipshape gate on Done' });
    const dialog = page.getByRole('dialog', { name: 'Edit Shipshape gate on Done' });

    await editButton.click();
    const edit = await probeIn(dialog);
    await edit.fill('[data-testid="config-input"]', 'never-saved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(rulesOf(session, DONE)).toEqual(before);

    await editButton.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await editButton.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(rulesOf(session, DONE)).toEqual(before);
  });

  it('shows the app’s failure and its "don’t save" answer, and saves nothing', async () => {
    await openWorkflow(page);
    const before = rulesOf(session, DONE);
    await page.getByRole('button', { name: 'Edit Shipshape gate on Done' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Shipshape gate on Done' });
    const edit = await probeIn(dialog);

    await edit.fill('[data-testid="config-input"]', PROBE_THROW);
    await dialog.getByRole('button', { name: 'Update' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(`Nothing was saved. ${PROBE_CONFIGURE_FAILURE}`);

    await edit.fill('[data-testid="config-input"]', PROBE_SKIP);
    await dialog.getByRole('button', { name: 'Update' }).click();
    await dialog.getByTestId('rule-dialog-notice').waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(await dialog.getByTestId('rule-dialog-notice').textContent()).toContain('Nothing was saved');
    expect(rulesOf(session, DONE)).toEqual(before);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('Add on a transition without the rule shows the create resource and creates the rule; Remove removes it', async () => {
    await openWorkflow(page);
    expect(rulesOf(session, START)).toEqual([]);
    await page.getByRole('button', { name: 'Add Shipshape gate' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add Shipshape gate on Start progress' });
    const create = await probeIn(dialog.getByTestId('rule-create-frame'));
    const extension = await extensionOf(create);
    expect(extension).toMatchObject({
      entryPoint: 'create',
      isNewEditor: true,
      workflowId: WORKFLOW_ID,
      transitionContext: { id: START, from: { id: '10000', name: 'To Do' }, to: { id: '3', name: 'In Progress' } },
    });
    expect(extension).not.toHaveProperty('validatorConfig');
    await create.fill('[data-testid="config-input"]', 'started-properly');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(rulesOf(session, START)).toEqual([{ id: `rule-${START}`, type: 'shipshape-gate', configuration: { value: 'started-properly' } }]);
    await page.getByTestId(`rule-view-${START}`).waitFor();
    await viewsSettled(page);
    const view = await probeIn(page.getByTestId(`rule-view-${START}`));
    expect(await extensionOf(view)).toMatchObject({ validatorConfig: '{"value":"started-properly"}' });

    await page.getByRole('button', { name: 'Remove Shipshape gate on Start progress' }).click();
    await page.getByTestId(`add-rule-${START}`).waitFor();
    expect(rulesOf(session, START)).toEqual([]);
  });

  it('looks right in the dark theme with the edit dialog open', async () => {
    const dark = await session.openAs(ALEX.accountId, 'dark');
    await openWorkflow(dark.page);
    await dark.page.getByRole('button', { name: 'Edit Shipshape gate on Done' }).click();
    const edit = await probeIn(dark.page.getByRole('dialog'));
    await edit.waitForSelector('html[data-color-mode="dark"]', { state: 'attached' });
    await screenshot(dark.page, 'workflow-rules-custom-ui-dark');
    await dark.context.close();
  });
});

describe('the workflow rules page without Custom UI: the JSON editor and the real validator', () => {
  let session: SandboxSession;
  beforeAll(async () => {
    // The manifest's validator now has its own rule screens (test/browser/config.browser.test.ts); without them, the JSON editor.
    session = await startSandboxSession({ extraModules: [{ type: 'jira:workflowValidator', key: 'shipshape-gate', resources: {} }] });
  });
  afterAll(() => session?.close());

  const MISSING_GATE =
    'Shipshape could not load the gate for this transition: No gate "no-such-gate" exists for project ABC, this site or the built-in templates. ' +
    'A Jira admin should edit this transition\'s "Shipshape gate" rule in the workflow editor and choose a gate.';

  async function saveDoneRule(page: Page, json: string): Promise<void> {
    await openWorkflow(page);
    await page.getByTestId(`rule-config-${DONE}`).fill(json);
    const saved = page.waitForResponse((r) => r.url().endsWith(`/workflows/${WORKFLOW_ID}/transitions/${DONE}/rules`) && r.request().method() === 'PUT');
    await page.getByTestId(`save-rule-${DONE}`).click();
    expect((await saved).status()).toBe(200);
    expect(rulesOf(session, DONE)).toEqual([{ id: DONE_RULE_ID, type: 'shipshape-gate', configuration: JSON.parse(json) }]);
  }

  async function tryDone(page: Page, key: string): Promise<void> {
    await page.goto(`/browse/${key}`);
    await page.getByTestId(`transition-${key}-${DONE}`).click();
  }

  it('blocks with the admin message naming a missing gate, and passes once the rule names a gate again', async () => {
    const { page, context } = await session.openAs(ALEX.accountId);
    await openWorkflow(page);
    expect(await page.getByTestId('rule-view-' + DONE).count()).toBe(0);
    expect(await page.getByTestId(`rule-config-${DONE}`).inputValue()).toBe('{"gateId":"definition-of-done"}');
    await screenshot(page, 'workflow-rules-json-light');

    await saveDoneRule(page, '{"gateId":"no-such-gate"}');
    await tryDone(page, 'ABC-2');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await page.getByTestId('transition-error').textContent()).toBe(MISSING_GATE);
    await screenshot(page, 'workflow-rules-missing-gate-light');
    await page.getByRole('button', { name: 'Close' }).click();

    await saveDoneRule(page, '{"gateId":"definition-of-done"}');
    await tryDone(page, 'ABC-2');
    await page.getByTestId('flag').filter({ hasText: 'ABC-2 moved to Done' }).waitFor();
    await context.close();
  });

  it('shows the JSON editor in the dark theme', async () => {
    const { page, context } = await session.openAs(ALEX.accountId, 'dark');
    await openWorkflow(page);
    await screenshot(page, 'workflow-rules-json-dark');
    await context.close();
  });
});
