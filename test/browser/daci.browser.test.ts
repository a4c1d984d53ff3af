/**
 * The DACI decision table in the sandbox's Confluence page: a PM inserts the macro, adds three
 * decisions with roles and saves (a new page version); the Approver approves one, another person
 * cannot; an edit makes the approval stale; export; keyboard; axe; light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { ALEX, EMMA, PRIYA, QUINN } from '../../sandbox/standin/demo-users';
import { benchTable, placeDaciTable } from '../../bench/screens/daci-macro';
import { addDecision, configFrame, DACI_MODULE, macroFrame, macroFrameHandle, openFirstSettings, pickPerson, waitForTableText } from './support/daci-page';
import { everShown, openWithAnswerFirst } from './support/early-answer';
import { choose } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { isFocused, tabTo } from './support/panel-keyboard';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const suite = sandboxSuite();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(`iframe[data-module-key="${DACI_MODULE}"]`).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The natural width of a person's avatar picture once it has loaded (0 if it failed). */
const loadedWidth = (image: Locator) =>
  image.evaluate(
    (img: HTMLImageElement) =>
      new Promise<number>((done) => {
        if (img.complete) done(img.naturalWidth);
        img.addEventListener('load', () => done(img.naturalWidth));
        img.addEventListener('error', () => done(0));
      }),
  );

/** A person's avatar in a cell: `picture` (an image) or `initials` (drawn by CSS), and the initials shown. */
const avatarOf = (scope: Locator, name: string) => scope.locator('.daci-person', { hasText: name }).first().locator('.daci-avatar');
const shownInitials = (avatar: Locator) => avatar.evaluate((el) => getComputedStyle(el, '::before').content);

describe('the DACI decision table', () => {
  it('a PM inserts the macro and adds three decisions with roles; saving makes a new page version', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto('/wiki');
    await page.getByTestId('page-version').filter({ hasText: 'Version 2' }).waitFor();
    await page.getByTestId(`insert-macro-${DACI_MODULE}`).click();
    const config = configFrame(page);
    await config.locator('#table-title').fill('Saved cards: open decisions');
    await addDecision(config, 0, {
      title: 'Where do we keep card tokens?',
      driver: ['pri', 'Priya PM'],
      approver: ['ale', 'Alex Admin'],
      contributors: [['emm', 'Emma Engineer']],
      due: '2026-01-15',
      background: '<script>alert(1)</script> PCI scope',
    });
    await addDecision(config, 1, { title: 'Offer saved cards to guests?', driver: ['pri', 'Priya PM'], approver: ['qui', 'Quinn QA'] });
    await addDecision(config, 2, { title: 'Newest card first?', driver: ['emm', 'Emma Engineer'], approver: ['ale', 'Alex Admin'], due: '2030-01-01' });
    // The pickers show each chosen person's avatar too.
    expect(await loadedWidth(config.locator('.daci-person', { hasText: 'Alex Admin' }).first().locator('img'))).toBeGreaterThan(0);
    expect(await shownInitials(config.locator('.daci-person', { hasText: 'Quinn QA' }).first().locator('.daci-avatar'))).toBe('"QQ"');
    // Every single-line control of a decision is one height: text fields, selects, the date, the people pickers.
    const controlHeights = await config.locator('body').evaluate((body) =>
      ['title', 'status', 'impact', 'due', 'driver', 'approver', 'contributors', 'informed', 'jira'].map((field) => {
        let box = body.ownerDocument.getElementById(`decision-0-${field}`);
        // Up from the input to the element that draws the control's border.
        while (box && !(parseFloat(getComputedStyle(box).borderTopWidth) >= 1 && box.getBoundingClientRect().height >= 24)) box = box.parentElement;
        return [field, box ? Math.round(box.getBoundingClientRect().height) : 0];
      }),
    );
    expect(new Set(controlHeights.map(([, height]) => height)).size).toBe(1);
    expect(controlHeights[0]![1]).toBeGreaterThanOrEqual(32);
    expect(controlHeights[0]![1]).toBeLessThanOrEqual(48);
    await screenshot(page, 'daci-config-light');
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('page-version').filter({ hasText: 'Version 3' }).waitFor();
    const table = macroFrame(page);
    await waitForTableText(page, 'Where do we keep card tokens?');
    expect(await table.getByTestId(/^decision-/).count()).toBe(3);
    await page.waitForFunction((key) => (document.querySelector(`iframe[data-module-key="${key}"]`)?.getBoundingClientRect().height ?? 0) > 200, DACI_MODULE);
    await screenshot(page, 'daci-table-light');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('shows the table to the Approver with Approve and Reject, accessibly (%s)', async (theme) => {
    const { page, context } = await suite.session.openAs(ALEX.accountId, theme);
    await page.goto('/wiki');
    const table = macroFrame(page);
    await waitForTableText(page, 'Where do we keep card tokens?');
    expect(await page.locator('html').getAttribute('data-color-mode')).toBe(theme);
    const row = table.getByTestId(/^decision-/).filter({ hasText: 'Where do we keep card tokens?' });
    expect(await row.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(1);
    const quinnsRow = table.getByTestId(/^decision-/).filter({ hasText: 'Offer saved cards to guests?' });
    expect(await quinnsRow.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    // Alex's picture loads from the site; Quinn hides hers, so her initials stand in (never a broken image).
    const alex = avatarOf(row, 'Alex Admin');
    expect(await alex.getAttribute('data-avatar')).toBe('picture');
    expect(await alex.locator('img').getAttribute('alt')).toBe('');
    expect(await loadedWidth(alex.locator('img'))).toBeGreaterThan(0);
    const quinn = avatarOf(quinnsRow, 'Quinn QA');
    expect(await quinn.getAttribute('data-avatar')).toBe('initials');
    expect(await quinn.locator('img').count()).toBe(0);
    expect(await shownInitials(quinn)).toBe('"QQ"');
    expect(await quinnsRow.locator('.daci-person', { hasText: 'Quinn QA' }).textContent()).toBe('Quinn QA');
    await row.getByRole('button', { name: 'Show details' }).click();
    const details = table.getByTestId(/^details-row-/);
    await details.getByText('Options considered').waitFor();
    // Script typed into the background is shown as text, never run.
    expect(await details.getByText('<script>alert(1)</script> PCI scope').count()).toBe(1);
    // The details are a row of their own across the whole table, and the decision's row stays a row.
    const [rowBox, detailsBox] = [await row.boundingBox(), await details.boundingBox()];
    expect(Math.abs(detailsBox!.width - rowBox!.width)).toBeLessThan(2);
    expect(rowBox!.height).toBeLessThan(150);
    await page.waitForFunction((key) => (document.querySelector(`iframe[data-module-key="${key}"]`)?.getBoundingClientRect().height ?? 0) > 300, DACI_MODULE);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `daci-table-approver-${theme}`);
    await context.close();
  });

  it('a picture that fails to load gives way to the initials, with no broken image', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await context.route(`**/wiki/aa-avatar/${encodeURIComponent(EMMA.accountId)}*`, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/wiki');
    const table = macroFrame(page);
    const row = table.getByTestId(/^decision-/).filter({ hasText: 'Where do we keep card tokens?' });
    await row.waitFor();
    const emma = avatarOf(row, 'Emma Engineer');
    await emma.and(table.locator('[data-avatar="initials"]')).waitFor();
    expect(await emma.locator('img').isHidden()).toBe(true);
    expect(await shownInitials(emma)).toBe('"EE"');
    // Alex's picture, which loads, is unchanged.
    expect(await avatarOf(row, 'Alex Admin').getAttribute('data-avatar')).toBe('picture');
    await context.close();
  });

  it('draws the table at once, with no loading state, when getTable is answered before the table’s code runs', async () => {
    const { page, context, calls } = await openWithAnswerFirst(suite.session, ALEX.accountId, '/wiki', '.daci-status');
    const table = macroFrame(page);
    await waitForTableText(page, 'Where do we keep card tokens?');
    expect(await everShown(table)).toBe(false);
    expect(await avatarOf(table.getByTestId(/^decision-/).first(), 'Alex Admin').count()).toBeGreaterThan(0);
    expect(calls.filter((name) => name === 'getTable')).toHaveLength(await page.locator(`iframe[data-module-key="${DACI_MODULE}"]`).count());
    await context.close();
  });

  it('the Approver approves with the keyboard; the record names who, when and the page version', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await page.goto('/wiki');
    const table = macroFrame(page);
    const row = table.getByTestId(/^decision-/).filter({ hasText: 'Where do we keep card tokens?' });
    await row.getByRole('button', { name: 'Approve', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Vault it is.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const signOff = row.locator('[data-testid^="sign-off-"]');
    await signOff.getByText('Approved', { exact: true }).waitFor();
    expect(await signOff.textContent()).toMatch(/Approved by Alex Admin now \(version 3\): “Vault it is.”/);
    await context.close();
  });

  it('another person sees no Approve button, and the resolver refuses a forged sign-off', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    await page.goto('/wiki');
    const table = macroFrame(page);
    await waitForTableText(page, 'Where do we keep card tokens?');
    expect(await table.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    const frame = await macroFrameHandle(page);
    const forged = await frame.evaluate(() => {
      const decisionId = document.querySelector('[data-testid^="sign-off-"]')?.getAttribute('data-testid')?.slice('sign-off-'.length);
      return (window as unknown as { __bridge: { callBridge(m: string, p: unknown): Promise<unknown> } }).__bridge.callBridge('invoke', {
        functionKey: 'signOff',
        payload: { decisionId, outcome: 'approved', comment: 'forged', fingerprint: '0000000000000000', pageVersion: 1 },
      });
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Only the Approver of/) } });
    await context.close();
  });

  it('editing the decision makes the approval stale; the export keeps the table as ADF text', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    const table = macroFrame(page);
    await waitForTableText(page, 'Where do we keep card tokens?');
    await table.getByText('Approved', { exact: true }).waitFor();
    await page.getByTestId(/^edit-macro-/).click();
    const config = configFrame(page);
    await config.locator('#decision-0-title').fill('Where do we keep card tokens (and for how long)?');
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('page-version').filter({ hasText: 'Version 4' }).waitFor();
    const row = macroFrame(page)
      .getByTestId(/^decision-/)
      .filter({ hasText: 'for how long' });
    await row.getByText('Changed since approval').waitFor();
    await screenshot(page, 'daci-table-stale-light');

    const exported = await page.evaluate(async (key) => {
      const page = (await (await fetch('/wiki/api/v2/pages/131073?body-format=storage')).json()) as { body: { storage: { value: string } } };
      const doc = new DOMParser().parseFromString(`<body>${page.body.storage.value}</body>`, 'text/html');
      const macro = doc.getElementsByTagName('ac:structured-macro');
      const daci = [...macro].find((m) => m.getAttribute('ac:name') === key) as Element;
      const config = Object.fromEntries([...daci.getElementsByTagName('ac:parameter')].map((p) => [p.getAttribute('ac:name'), p.textContent]));
      const response = await fetch('/__sandbox/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          moduleKey: key,
          functionKey: 'daci-export',
          call: { functionKey: 'export', payload: { exportType: 'pdf' } },
          context: { localId: daci.getAttribute('ac:macro-id'), extension: { type: 'macro', content: { id: '131073', type: 'page' }, config } },
        }),
      });
      return response.json();
    }, DACI_MODULE);
    const texts = JSON.stringify(exported);
    expect(exported).toMatchObject({ ok: true, body: { type: 'doc', version: 1 } });
    for (const text of [
      'Where do we keep card tokens (and for how long)?',
      'Stale: changed since approval by Alex Admin',
      'Priya PM',
      'Quinn QA',
      '2026-01-15 (overdue)',
    ])
      expect(texts).toContain(text);
    await context.close();
  });

  it('fits a full-width spec page at 1,400 px: names on one line, sign-off lozenges whole', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/wiki');
    const table = macroFrame(page);
    await table.getByText('Stale', { exact: true }).waitFor();
    // A range over a name's text has one client rect per line: a name that wraps has two.
    const nameLines = await table.locator('table .daci-person-name').evaluateAll((names) =>
      names.map((n) => {
        const text = document.createRange();
        text.selectNodeContents(n);
        return [n.textContent, text.getClientRects().length];
      }),
    );
    expect(nameLines.length).toBeGreaterThan(5);
    expect(nameLines.filter(([, lines]) => lines !== 1)).toEqual([]);
    const cutLozenges = await table.locator('.ss-lozenge').evaluateAll((all) => all.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent));
    expect(cutLozenges).toEqual([]);
    // And the table still fits its frame: nothing is pushed out of sight to the right.
    expect(await table.locator('table').evaluate((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
    await screenshot(page, 'daci-table-wide-light');
    await context.close();
  });

  it('a second macro on the page works independently', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    await waitForTableText(page, 'Changed since approval');
    await page.getByTestId(`insert-macro-${DACI_MODULE}`).click();
    const config = configFrame(page);
    await config.locator('#table-title').fill('Launch decisions');
    await addDecision(config, 0, { title: 'Launch in one market first?', driver: ['pri', 'Priya PM'], approver: ['qui', 'Quinn QA'] });
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('page-version').filter({ hasText: 'Version 5' }).waitFor();
    await waitForTableText(page, 'Launch in one market first?', 1);
    expect(await macroFrame(page, 0).getByText('Changed since approval').count()).toBe(1);
    expect(await macroFrame(page, 1).getByText('Launch in one market first?').count()).toBe(1);
    expect(await macroFrame(page, 0).getByText('Launch in one market first?').count()).toBe(0);
    await context.close();

    const quinn = await suite.session.openAs(QUINN.accountId, 'dark');
    await quinn.page.goto('/wiki');
    const second = macroFrame(quinn.page, 1);
    await second.getByRole('button', { name: 'Approve', exact: true }).waitFor();
    expect(await macroFrame(quinn.page, 0).getByRole('button', { name: 'Approve', exact: true }).count()).toBe(1);
    await screenshot(quinn.page, 'daci-two-macros-dark');
    await quinn.context.close();
  });

  it('the config refuses a decision without an Approver, naming what is wrong', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    await page.getByTestId(`insert-macro-${DACI_MODULE}`).click();
    const config = configFrame(page);
    await config.getByRole('button', { name: 'Add decision' }).click();
    await config.locator('#decision-0-title').fill('No approver yet');
    await config.getByRole('button', { name: 'Save' }).click();
    const problems = config.getByTestId('error-problems');
    await problems.getByText('Decision 1: Approver').waitFor();
    // Named as the editor names the place, not by a path, and said as a person would.
    expect(await problems.textContent()).toContain('Decision 1: Approver: needs one person');
    expect(await problems.textContent()).toContain('Decision 1: Driver: needs one person');
    expect(await config.getByText('decisions[0]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'daci-config-problems-light');
    expect(await page.getByTestId('page-version').textContent()).toBe('Version 5');
    await context.close();
  });

  it('a macro whose saved config is malformed shows a readable error, not a blank frame', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    await waitForTableText(page, 'Changed since approval');
    const saved = await page.evaluate(async (key) => {
      const current = (await (await fetch('/wiki/api/v2/pages/131073?body-format=storage')).json()) as {
        title: string;
        version: { number: number };
        body: { storage: { value: string } };
      };
      const bad = `<p><ac:structured-macro ac:name="${key}" ac:schema-version="1" ac:macro-id="bad-1"><ac:parameter ac:name="table">{"format":"shipshape.daci/v1","title":"","decisions":[{"id":"x"}]}</ac:parameter></ac:structured-macro></p>`;
      const response = await fetch('/wiki/api/v2/pages/131073', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: '131073',
          status: 'current',
          title: current.title,
          body: { representation: 'storage', value: current.body.storage.value + bad },
          version: { number: current.version.number + 1 },
        }),
      });
      return response.status;
    }, DACI_MODULE);
    expect(saved).toBe(200);
    await page.reload();
    const broken = macroFrame(page, 2);
    await broken.getByText("This decision table's saved settings have problems").waitFor();
    expect(await broken.getByRole('alert').textContent()).toContain('Table: title: the table needs a title');
    expect(await broken.getByRole('alert').textContent()).toContain('Decision 1: Approver: needs one person');
    await screenshot(page, 'daci-malformed-light');
    await context.close();
  });

  it('sorts by a header with the keyboard, and pages a long table 10 at a time', async () => {
    await placeDaciTable(suite.session.sandbox, DACI_MODULE, benchTable(55));
    const { page, context } = await suite.session.openAs(ALEX.accountId);
    await page.goto('/wiki');
    await page.waitForFunction((key) => document.querySelectorAll(`iframe[data-module-key="${key}"]`).length === 4, DACI_MODULE);
    const long = macroFrame(page, (await page.locator(`iframe[data-module-key="${DACI_MODULE}"]`).count()) - 1);
    await long.getByText('55 decisions', { exact: true }).waitFor();
    const titles = () =>
      long
        .getByTestId(/^decision-/)
        .locator('strong')
        .allTextContents();
    expect(await long.getByTestId(/^decision-/).count()).toBe(10);
    expect(await long.getByRole('columnheader', { name: 'Due' }).getAttribute('aria-sort')).toBe('ascending');
    await long.getByRole('button', { name: 'Decision', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await long.getByRole('columnheader', { name: /^Decision/ }).getAttribute('aria-sort')).toBe('ascending');
    expect((await titles())[0]).toMatch(/^Decision 1: /);
    await page.keyboard.press('Enter');
    expect(await long.getByRole('columnheader', { name: /^Decision/ }).getAttribute('aria-sort')).toBe('descending');
    expect((await titles())[0]).toMatch(/^Decision 55: /);
    await long.getByRole('button', { name: 'Page 6' }).click();
    expect(await long.getByTestId(/^decision-/).count()).toBe(5);
    expect(await long.getByRole('button', { name: 'Page 6' }).getAttribute('aria-current')).toBe('page');
    expect(await long.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a PM adds a decision from the keyboard alone: title, status, Driver, Approver, save', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId, 'dark');
    await page.goto('/wiki');
    await waitForTableText(page, 'Newest card first?');
    await tabTo(page, page.getByTestId(/^edit-macro-/).first());
    await page.keyboard.press('Enter');
    const config = configFrame(page);
    await config.locator('#table-title').waitFor();
    const before = await config.locator('[id^="decision-"][id$="-title"]').count();
    const n = before; // the new decision's index
    await tabTo(page, config.getByRole('button', { name: 'Add decision' }));
    await page.keyboard.press('Enter');
    // The new decision's title has the focus.
    await config.locator(`#decision-${n}-title`).waitFor();
    expect(await isFocused(config.locator(`#decision-${n}-title`))).toBe(true);
    await page.keyboard.type('Show saved cards on the basket page?');
    // Status: Atlaskit's select opens on ArrowDown; the second choice is In progress.
    await tabTo(page, config.locator(`input#decision-${n}-status`));
    await page.keyboard.press('ArrowDown');
    await config.getByRole('option', { name: 'In progress' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    for (const [role, typed, name] of [
      ['driver', 'Emm', 'Emma Engineer'],
      ['approver', 'Qui', 'Quinn QA'],
    ] as const) {
      await tabTo(page, config.locator(`#decision-${n}-${role}`));
      await page.keyboard.type(typed);
      await config.getByRole('option', { name }).waitFor();
      await page.keyboard.press('Enter');
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'daci-config-keyboard-dark');
    await tabTo(page, config.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    const row = macroFrame(page)
      .getByTestId(/^decision-/)
      .filter({ hasText: 'Show saved cards on the basket page?' });
    await row.waitFor();
    expect(await row.textContent()).toContain('In progress');
    expect(await row.textContent()).toContain('Emma Engineer');
    expect(await row.textContent()).toContain('Quinn QA');
    await context.close();
  });

  it('shows the table and its settings in German to a person whose Confluence is in German', async () => {
    const { page, context } = await suite.session.openAs(ALEX.accountId, 'light', 'de-DE');
    await page.goto('/wiki');
    const table = macroFrame(page);
    await table.getByRole('columnheader', { name: /^Entscheidung/ }).waitFor();
    for (const header of ['Status', 'Auswirkung', 'Fällig', 'Ergebnis', 'Freigabe'])
      expect(await table.getByRole('columnheader', { name: new RegExp(`^${header}`) }).count()).toBe(1);
    const row = table.getByTestId(/^decision-/).filter({ hasText: 'Newest card first?' });
    expect(await row.textContent()).toContain('Nicht begonnen');
    expect(await row.getByRole('button', { name: 'Freigeben', exact: true }).count()).toBe(1);
    await row.getByRole('button', { name: 'Details zeigen' }).click();
    await table
      .getByTestId(/^details-row-/)
      .getByText('Erwogene Optionen')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'daci-table-german-light');
    // Its settings dialog too.
    await page
      .getByTestId(/^edit-macro-/)
      .first()
      .click();
    const config = configFrame(page);
    await config.getByRole('button', { name: 'Entscheidung hinzufügen' }).waitFor();
    expect(await config.getByLabel('Tabellentitel').count()).toBe(1);
    expect(await config.getByRole('region', { name: 'Entscheidung 1' }).count()).toBe(1);
    expect(await config.getByText('Driver (eine Person)').count()).toBeGreaterThan(0);
    await screenshot(page, 'daci-config-german-light');
    // A refusal is in German too, down to each problem the backend's rules name.
    await config.locator('#decision-0-title').fill('');
    await config.getByRole('button', { name: 'Speichern' }).click();
    const problems = config.getByTestId('error-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Entscheidung 1');
    expect(await problems.textContent()).toContain('eine Entscheidung braucht einen Titel');
    expect(await problems.textContent()).not.toMatch(/decisions\[|needs|must/);
    await config.getByRole('button', { name: 'Abbrechen' }).click();
    await context.close();
  });

  it('a decision marked decided needs an outcome; once decided, its due date is met, no longer overdue', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    const table = macroFrame(page);
    const row = table.getByTestId(/^decision-/).filter({ hasText: 'Where do we keep card tokens' });
    expect(await row.locator('[data-due]').getAttribute('data-due')).toBe('overdue');
    const config = await openFirstSettings(page);
    expect(await config.locator('#decision-0-title').inputValue()).toMatch(/^Where do we keep card tokens/);
    await choose(config, 'decision-0-status', 'Decided');
    await config.locator('#decision-0-outcome').fill('');
    await config.getByRole('button', { name: 'Save' }).click();
    await config.getByText('a decided decision needs an outcome: say what was decided').waitFor();
    expect(await config.getByText('Decision 1: outcome', { exact: true }).count()).toBe(1);
    const version = await page.getByTestId('page-version').textContent();
    await config.locator('#decision-0-outcome').fill("In the payment provider's vault, never in our database.");
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('macro-config-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('page-version').textContent()).not.toBe(version);
    const decided = macroFrame(page)
      .getByTestId(/^decision-/)
      .filter({ hasText: 'Where do we keep card tokens' });
    await decided.getByText("In the payment provider's vault").waitFor();
    expect(await decided.locator('[data-due]').getAttribute('data-due')).toBe('met');
    expect(await decided.locator('[data-due]').textContent()).toContain('Met');
    await context.close();
  });

  it('a decision keeps its action items (what, who, by when, done), shown in its details with their state', async () => {
    const { page, context } = await suite.session.openAs(PRIYA.accountId);
    await page.goto('/wiki');
    await waitForTableText(page, 'Newest card first?');
    const config = await openFirstSettings(page);
    const titles = await config.locator('[id^="decision-"][id$="-title"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const n = titles.indexOf('Newest card first?');
    expect(n).toBeGreaterThanOrEqual(0);
    const items = config.getByTestId(`decision-${n}-action-items`);
    for (const [i, text] of ['Measure the tap rate on the first card', 'Tell support the order changes'].entries()) {
      await items.getByRole('button', { name: 'Add action item' }).click();
      await config.locator(`#decision-${n}-action-${i}-text`).fill(text);
    }
    await pickPerson(config, `decision-${n}-action-0-owner`, 'Emm', 'Emma Engineer');
    await config.locator(`#decision-${n}-action-0-due`).fill('2026-01-15');
    await config.locator(`#decision-${n}-action-1-done`).check();
    expect(await seriousViolations(page)).toEqual([]);
    await config.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('macro-config-dialog').waitFor({ state: 'detached' });

    const row = macroFrame(page)
      .getByTestId(/^decision-/)
      .filter({ hasText: 'Newest card first?' });
    await row.getByRole('button', { name: 'Show details' }).click();
    const list = macroFrame(page).getByTestId(/^action-items-/);
    await list.waitFor();
    const shown = await list.locator('li').allTextContents();
    expect(shown).toHaveLength(2);
    // Due in January 2026 and not done: overdue today (the sandbox's clock is in December 2026).
    expect(shown[0]).toBe('Overdue Measure the tap rate on the first card — Emma Engineer, Jan 15, 2026');
    expect(shown[1]).toBe('Done Tell support the order changes');
    await context.close();
  });
});
