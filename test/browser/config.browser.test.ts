/**
 * Gate configuration in the sandbox, in Chromium, as a project admin (Alex) works: create a gate
 * from a template on the project settings page, try it on an item (dry run), attach it to the
 * Done transition through the validator's own rule screen, see an item blocked, edit the gate,
 * see the item pass. A broken import lists every problem and saves nothing; a non-admin is
 * refused by the resolver itself; keyboard-only; axe; screenshots in both themes.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { ALEX, EMMA } from '../../sandbox/standin/demo-users';
import { sandboxSuite } from './support/sandbox-session';
import { choose } from './support/panel-page';
import { projectGatesKey } from '../../src/gates/project-keys';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const SETTINGS = 'shipshape-gates-settings';
const DONE = '31';

async function frameOf(page: Page, moduleKey: string, ready: string): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[data-module-key="${moduleKey}"]`);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`No frame for ${moduleKey}`);
  await frame.waitForSelector(ready);
  return frame;
}

const settingsFrame = async (page: Page) => {
  await page.goto('/project-settings');
  return frameOf(page, SETTINGS, 'h1, [role="alert"]');
};

async function seriousViolations(page: Page, moduleKey: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(`iframe[data-module-key="${moduleKey}"]`).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the Done transition's Shipshape rule in the workflow editor: its dialog and the rule screen's frame. */
async function editDoneRule(page: Page) {
  await page.goto('/workflow');
  await page.getByRole('button', { name: 'Edit Shipshape gate on Done' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Shipshape gate on Done' });
  const rule = await (await dialog.getByTestId('rule-edit-frame').locator('iframe').elementHandle())?.contentFrame();
  if (!rule) throw new Error('No rule config frame');
  await rule.waitForSelector('input#gate');
  return { dialog, rule };
}

async function tryDone(page: Page, key: string): Promise<void> {
  await page.goto(`/browse/${key}`);
  await page.getByTestId(`transition-${key}-${DONE}`).click();
}

describe('gate configuration in the sandbox', () => {
  const suite = sandboxSuite();

  it('from a template to a working gate on the Done transition: blocked, edited, passes', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    let frame = await settingsFrame(page);
    expect(await frame.textContent('h1')).toBe('Shipshape gates for ABC');
    expect(await seriousViolations(page, SETTINGS)).toEqual([]);

    await choose(frame, 'template-select', /^Definition of Done \(built-in, \d+ criteria\)$/);
    await frame.click('[data-testid="create-gate"]');
    // A template asks which of the project's work types the gate is for.
    await frame.locator('input#template-types').fill('Sto');
    await frame.getByRole('option', { name: 'Story' }).click();
    await screenshot(page, 'config-template-work-types-light');
    await frame.click('[data-testid="template-continue"]');
    expect(await frame.textContent('[data-testid="gate-types"]')).toContain('Story');
    await frame.fill('[data-testid="gate-name"]', 'Team Done');
    expect(await frame.inputValue('[data-testid="gate-id"]')).toBe('definition-of-done-2');
    await frame.fill('[data-testid="dry-run-key"]', 'ABC-5');
    await frame.click('[data-testid="dry-run"]');
    expect(await (await frame.waitForSelector('[data-testid="dry-run-verdict"]')).textContent()).toContain('ABC-5 would be blocked by Team Done');
    await screenshot(page, 'config-editor-light');
    await frame.click('[data-testid="save-gate"]');
    await frame.waitForSelector('[data-testid="notice"]:has-text("Saved Team Done.")');
    expect(await frame.textContent('[data-testid="recent-changes"]')).toContain('Created definition-of-done-2');
    expect(await frame.textContent('[data-testid="recent-changes"]')).toMatch(/"Team Done" for Story: \d+ criteria \(\d+ required\)/);
    // The project's search summaries follow the new gate: the page says so, and the re-index runs on the queue.
    expect(await frame.textContent('[data-testid="reindex-note"]')).toContain("The search summaries of ABC's work items are being brought in step");
    await suite.session.sandbox.app.reindex.idle();
    const total = suite.session.sandbox.standIn.snapshot().issues.filter((i) => i.projectId === '10000').length;
    expect(await suite.session.sandbox.store.get('search-reindex:10000')).toMatchObject({ state: 'done', checked: total });
    expect(await seriousViolations(page, SETTINGS)).toEqual([]);
    await screenshot(page, 'config-settings-light');

    const { dialog, rule } = await editDoneRule(page);
    await choose(rule, 'gate', /^Team Done — /);
    await screenshot(page, 'config-rule-edit-light');
    await dialog.getByRole('button', { name: 'Update' }).click();
    await dialog.waitFor({ state: 'detached' });
    const transition = suite.session.sandbox.standIn.workflow().transitions.find((t) => t.id === DONE);
    expect(transition?.rules).toEqual([expect.objectContaining({ configuration: { gateId: 'definition-of-done-2', failOpen: false, locale: 'en-US' } })]);
    // The page reloads the workflow after a save, so the view's iframe is replaced: locate it afresh.
    const summary = page.getByTestId(`rule-view-${DONE}`).frameLocator('iframe').getByTestId('rule-summary').filter({ hasText: 'Team Done' });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^Requires Team Done — \d+ criteria$/);
    await screenshot(page, 'config-rule-view-light');

    await tryDone(page, 'ABC-5');
    await page.getByRole('alertdialog').waitFor();
    expect(await page.getByTestId('transition-error').textContent()).toContain('Team Done');
    await page.getByRole('button', { name: 'Close' }).click();

    frame = await settingsFrame(page);
    expect(await frame.textContent('[data-testid="used-by-definition-of-done-2"]')).toContain('Checkout workflow → Done (published)');
    expect(await frame.textContent('[data-testid="gate-definition-of-done-2"]')).toContain('Story');
    await frame.click('[data-testid="edit-definition-of-done-2"]');
    for (const box of await frame.$$('[data-testid$="-required--hidden-checkbox"]')) await box.uncheck();
    // QA's bugs from this gate's items go to project QA, linked as Relates.
    await frame.fill('#bugs-project', 'qa');
    await choose(frame, 'bugs-link-type', 'Relates');
    // QA pick where they verified from these (a repeated name is kept once).
    await frame.fill('#qa-environments', 'Staging,  Build 1.4.2 , Staging');
    await frame.press('#qa-environments', 'Tab');
    await frame.click('[data-testid="save-gate"]');
    await frame.waitForSelector('[data-testid="notice"]:has-text("Saved Team Done.")');
    const saved = (await suite.session.sandbox.store.get(projectGatesKey('10000'))) as { gates: Array<{ id: string; bugs?: unknown; environments?: unknown }> };
    const team = saved.gates.find((g) => g.id === 'definition-of-done-2');
    expect([team?.bugs, team?.environments]).toEqual([{ projectKey: 'QA', linkType: 'Relates' }, ['Staging', 'Build 1.4.2']]);
    await tryDone(page, 'ABC-5');
    await page.getByTestId('flag').filter({ hasText: 'ABC-5 moved to Done' }).waitFor();
    await context.close();
  });

  it('exports the gates as a v1 file; a broken import lists every problem by path and saves nothing', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    const frame = await settingsFrame(page);
    const before = await frame.textContent('[data-testid="gate-list"]');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('[data-testid="export"]')]);
    expect(download.suggestedFilename()).toBe('shipshape-gates-ABC.json');
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { format: string; gates: Array<{ id: string }> };
    expect(exported.format).toBe('shipshape.gates/v1');
    expect(exported.gates.map((g) => g.id)).toEqual(expect.arrayContaining(['definition-of-done', 'ready-for-qa']));
    // The same text is shown to copy, for browsers that refuse downloads from an app's iframe.
    expect(JSON.parse(await frame.inputValue('[data-testid="export-text"]'))).toEqual(exported);
    const broken = { format: 'shipshape.gates/v1', gates: [{ id: 'Bad Id', name: '', criteria: [{ id: 'a', kind: 'field-sett' }] }] };
    await frame.setInputFiles('[data-testid="import-file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await frame.check('[data-testid="mode-replace--radio-input"]');
    await frame.click('[data-testid="import"]');
    const problems = await frame.waitForSelector('[data-testid="import-error-problems"]');
    const text = (await problems.textContent()) ?? '';
    // Named as the page names it, with where in the file.
    for (const path of ['gates[0].id', 'gates[0].name', 'gates[0].criteria[0].kind']) expect(text).toContain(`(${path})`);
    for (const place of ['Gate 1: id', 'Gate 1: name', 'Gate 1, check 1: kind']) expect(text).toContain(place);
    expect(await frame.textContent('[data-testid="import-error"]')).toContain('nothing was imported');
    await screenshot(page, 'config-import-errors-light');
    const reloaded = await settingsFrame(page);
    expect(await reloaded.textContent('[data-testid="gate-list"]')).toBe(before);

    // Pasting a file's text imports it too (merge keeps the other gates).
    const copy = { format: 'shipshape.gates/v1', gates: [{ ...exported.gates[0], id: 'pasted-done', name: 'Pasted Done' }] };
    await reloaded.fill('[data-testid="import-text"]', JSON.stringify(copy));
    await reloaded.click('[data-testid="import"]');
    await reloaded.waitForSelector('text=Imported the pasted text (merged).');
    const after = (await reloaded.textContent('[data-testid="gate-list"]')) ?? '';
    expect(after).toContain('Pasted Done');
    for (const g of exported.gates) expect(await reloaded.$(`[data-testid="gate-${g.id}"]`)).not.toBeNull();
    await context.close();
  });

  it("the site templates' group pickers search Jira's groups for a Jira admin; a failed search says so", async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await page.goto('/jira-admin');
    const admin = await frameOf(page, 'shipshape-site-templates', 'h1');
    await choose(admin, 'site-base', 'Ready for QA');
    await admin.click('[data-testid="site-add"]');
    const verifiers = admin.locator('[data-testid="qa-verifiers"]');
    const find = verifiers.locator('input#qa-verifiers-groups');
    await find.fill('qa');
    await admin.getByRole('option', { name: 'qa', exact: true }).waitFor();
    expect(await admin.$('[data-testid="qa-verifiers-search-error"]')).toBeNull();

    await page.route('**/__sandbox/invoke', async (route) => {
      const body = route.request().postDataJSON() as { call?: { functionKey?: string } };
      if (body.call?.functionKey !== 'searchGroups') return route.continue();
      await route.fulfill({
        json: { ok: true, body: { ok: false, error: { code: 'JIRA_UNAVAILABLE', message: 'Jira answered 503 while searching groups.' } } },
      });
    });
    await find.fill('site');
    const error = await admin.waitForSelector('[data-testid="qa-verifiers-search-error"]');
    expect(await error.textContent()).toContain("Jira answered 503 while searching groups. You can still type a group's full name and add it.");
    await screenshot(page, 'config-admin-group-search-failed-light');
    await admin.getByRole('option', { name: 'Add the group "site"' }).click();
    expect(await verifiers.textContent()).toContain('site');
    expect(await admin.$('[data-testid="qa-verifiers-search-error"]')).toBeNull();

    // People are picked by name from Jira's people search, not typed as account ids.
    await verifiers.locator('input#qa-verifiers-people').fill('Qui');
    await admin.getByRole('option', { name: 'Quinn QA' }).click();
    expect(await verifiers.textContent()).toContain('Quinn QA');
    await page.unroute('**/__sandbox/invoke');
    await context.close();
  });

  it('refuses a non-admin in the resolver, not only on the page', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    const frame = await settingsFrame(page);
    expect(await frame.textContent('[role="alert"]')).toContain('Administer Projects permission on project ABC');
    const answer = await page.evaluate(async () => {
      const response = await fetch('/__sandbox/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          moduleKey: 'shipshape-gates-settings',
          functionKey: 'config-resolver',
          call: { functionKey: 'saveGates', payload: { revision: 99, gates: [] } },
          context: { extension: { project: { key: 'ABC' } } },
        }),
      });
      return response.json();
    });
    expect(answer).toMatchObject({ ok: true, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    await page.goto('/jira-admin');
    const admin = await frameOf(page, 'shipshape-site-templates', '[role="alert"]');
    expect(await admin.textContent('[role="alert"]')).toContain('Only a Jira admin');
    await context.close();
  });

  it('a Jira admin keeps site templates that the project settings then offer first', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await page.goto('/jira-admin');
    const admin = await frameOf(page, 'shipshape-site-templates', 'h1');
    await choose(admin, 'site-base', 'Go-live readiness');
    await admin.click('[data-testid="site-add"]');
    await admin.fill('[data-testid="gate-name"]', 'Company go-live');
    await admin.click('[data-testid="save-gate"]');
    expect(await admin.textContent('[data-testid="site-templates"]')).toContain('Company go-live');
    await admin.click('[data-testid="site-save"]');
    await admin.waitForSelector('text=Site templates saved.');
    expect(await admin.textContent('[data-testid="recent-changes"]')).toContain('Alex Admin');
    // The search summaries of the projects without gates of their own follow the templates (both demo projects have their own).
    expect(await admin.textContent('[data-testid="reindex-note"]')).toContain('projects that use these templates');
    await suite.session.sandbox.app.reindex.idle();
    expect(await suite.session.sandbox.store.get('search-reindex:site')).toMatchObject({ state: 'done', projects: { next: 2, done: 0, failed: 0 } });
    // Below the templates: how long the gate insights keep their figures.
    await choose(admin, 'retention-months', '24 months');
    await admin.click('[data-testid="retention-save"]');
    await admin.waitForSelector('text=Gate insights are kept for 24 months.');
    expect(await suite.session.sandbox.store.get('insights:settings')).toEqual({ retentionMonths: 24 });
    expect(await seriousViolations(page, 'shipshape-site-templates')).toEqual([]);
    await screenshot(page, 'config-admin-light');
    const frame = await settingsFrame(page);
    await frame.locator('input#template-select').focus();
    await frame.locator('input#template-select').press('ArrowDown');
    const offered = await frame.getByRole('option').allTextContents();
    expect(offered[1]).toBe('Company go-live (site template, 16 criteria)');
    await context.close();
  });

  it('works from the keyboard alone: create a gate from a template and save it', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId, 'dark');
    const frame = await settingsFrame(page);
    const focusOn = async (testId: string) => {
      for (let i = 0; i < 400; i++) {
        if (await frame.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id || document.activeElement?.id === id, testId)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${testId}`);
    };
    await page.locator(`iframe[data-module-key="${SETTINGS}"]`).focus();
    await focusOn('template-select');
    // Atlaskit's select: ArrowDown opens it on the current choice, ArrowDown again moves to the first template, Enter takes it.
    await frame.waitForSelector('input#template-select');
    await page.keyboard.press('ArrowDown');
    await frame.waitForSelector('[role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await focusOn('create-gate');
    await page.keyboard.press('Enter');
    // The template asks for its work types: type, pick with Enter, continue.
    await frame.waitForSelector('input#template-types');
    await focusOn('template-types');
    await page.keyboard.type('Bug');
    await frame.waitForSelector('[role="option"]:has-text("Bug")');
    await page.keyboard.press('Enter');
    await focusOn('template-continue');
    await page.keyboard.press('Enter');
    // A criterion opens from its row to edit, and its label takes typing.
    await focusOn('criterion-0-toggle');
    await page.keyboard.press('Enter');
    await focusOn('criterion-0-label');
    await page.keyboard.type('Fix version set');
    await focusOn('save-gate');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-testid="notice"]:has-text("Saved")');
    expect(await seriousViolations(page, SETTINGS)).toEqual([]);
    await screenshot(page, 'config-settings-dark');
    await page.goto('/jira-admin');
    await frameOf(page, 'shipshape-site-templates', 'h1');
    expect(await seriousViolations(page, 'shipshape-site-templates')).toEqual([]);
    await screenshot(page, 'config-admin-dark');
    await context.close();
  });
  it('the settings and admin pages speak German to a German admin: tables, editor, pickers, history', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId, 'light', 'de-DE');
    const frame = await settingsFrame(page);
    expect(await frame.textContent('h1')).toBe('Shipshape-Gates für ABC');
    expect(await frame.getByTestId('governed-by').textContent()).toMatch(/^Arbeitselemente von ABC werden gegen /);
    expect(await frame.getByRole('heading', { name: 'Letzte Änderungen' }).count()).toBe(1);
    expect(await frame.getByRole('heading', { name: 'Import und Export' }).count()).toBe(1);
    await frame.getByRole('button', { name: 'Gate erstellen' }).click();
    const editor = frame.getByTestId('gate-editor');
    expect(await editor.getByRole('heading', { name: 'Neues Gate' }).count()).toBe(1);
    expect(await editor.getByTestId('criterion-0').textContent()).toContain('Beschreiben Sie die Prüfung');
    expect(await editor.getByTestId('criterion-0').textContent()).toContain('Manueller Haken');
    expect(await editor.getByRole('heading', { name: 'Probelauf' }).count()).toBe(1);
    expect(await editor.getByTestId('qa-verifiers').textContent()).toContain('QA-Prüfende');
    expect(await seriousViolations(page, SETTINGS)).toEqual([]);
    await screenshot(page, 'config-german-light');
    // The history says what changed in German, though it is stored once for every language.
    await frame.fill('[data-testid="gate-name"]', 'Fertig im Team');
    await frame.click('[data-testid="save-gate"]');
    await frame.waitForSelector('[data-testid="notice"]:has-text("Fertig im Team")');
    expect(await frame.textContent('[data-testid="recent-changes"]')).toContain('„Fertig im Team“: 1 Kriterium (1 Pflicht)');
    expect(await frame.textContent('[data-testid="recent-changes"]')).toContain('(keines)');

    await page.goto('/jira-admin');
    const admin = await frameOf(page, 'shipshape-site-templates', 'h1');
    expect(await admin.textContent('h1')).toBe('Shipshape-Gate-Vorlagen für diese Site');
    expect(await admin.getByRole('button', { name: 'Vorlagen speichern' }).count()).toBe(1);

    // A rule set up in German explains a blocked transition in German (the validator has no user of its own).
    const { dialog, rule } = await editDoneRule(page);
    expect(await rule.getByTestId('message-language').textContent()).toContain('auf Deutsch');
    await choose(rule, 'gate', /^Definition of Done — /);
    await dialog.getByRole('button', { name: 'Update' }).click();
    await dialog.waitFor({ state: 'detached' });
    const transition = suite.session.sandbox.standIn.workflow().transitions.find((t) => t.id === DONE);
    expect(transition?.rules).toEqual([expect.objectContaining({ configuration: { gateId: 'definition-of-done', failOpen: false, locale: 'de-DE' } })]);
    // ABC-3 (In Progress) fails the Definition of Done on its open sub-tasks and blocker.
    await tryDone(page, 'ABC-3');
    await page.getByRole('alertdialog').waitFor();
    const message = await page.getByTestId('transition-error').textContent();
    expect(message).toMatch(/^Definition of Done: \d+ von \d+ Pflichtprüfungen bei ABC-3 nicht erfüllt\./);
    expect(message).toContain('Unteraufgabe');
    expect(message).toContain('Behebung:');
    expect(message).toContain('Öffnen Sie das Shipshape-Panel');
    await context.close();
  });
});
