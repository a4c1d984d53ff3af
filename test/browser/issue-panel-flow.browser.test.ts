/**
 * The QA handoff end to end in the sandbox: the engineer fills the package and ticks the manual
 * checks, the admin waives one, QA verify every behaviour, and only then does Done pass.
 */
import { ALEX, EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { DONE, openPanel, seriousViolations, settled, tryTransition } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();

const KEY = 'ABC-10';
const NEW_BEHAVIOUR = 'The Apple Pay sheet shows the basket total including delivery';

describe('engineer → QA → Done', () => {
  it('blocks Done until the package is verified, then lets it through', async () => {
    const emma = await openPanel(suite.session, EMMA.accountId, KEY);
    const panel = emma.panel;

    await panel.getByRole('button', { name: 'Edit package' }).click();
    await panel.getByLabel('Feature summary').fill('Safari users with Apple Pay pay from the basket page in two taps.\nAddress and payment steps are skipped.');
    await panel.getByRole('button', { name: 'Add expected behaviour' }).click();
    await panel.getByRole('textbox', { name: 'Expected behaviour 4', exact: true }).fill(NEW_BEHAVIOUR);
    await panel.getByRole('button', { name: 'Add risk area' }).click();
    await panel.getByRole('textbox', { name: 'Risk area 3', exact: true }).fill('Delivery cost rounding in the Apple Pay sheet');
    // Atlaskit's select (once loaded, it replaces the native stand-in: an <input>, not a <select>).
    await panel.locator('input#edit-risk-severity-2').focus();
    await emma.page.keyboard.press('ArrowDown');
    await panel.getByRole('option', { name: 'High severity' }).click();
    await screenshot(emma.page, 'issue-panel-edit-light');
    expect(await seriousViolations(emma.page)).toEqual([]);
    await panel.getByRole('button', { name: 'Save package' }).click();
    await panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    expect(await panel.getByTestId('summary-text').textContent()).toBe(
      'Safari users with Apple Pay pay from the basket page in two taps.\nAddress and payment steps are skipped.',
    );
    expect(await panel.getByTestId('behaviour-b4').textContent()).toContain(NEW_BEHAVIOUR);
    expect(await panel.getByTestId('handoff-risks').locator('.ss-lozenge').allTextContents()).toEqual(['High', 'High', 'Low']);

    for (const label of [
      'Analytics events for the new behaviour are firing',
      'User-facing copy is reviewed and final',
      'Support, sales and success teams are briefed',
    ]) {
      await panel.getByRole('checkbox', { name: label }).check();
      await settled(panel);
      await panel.getByRole('checkbox', { name: label, checked: true }).waitFor();
    }
    expect(await panel.getByTestId('criterion-definition-of-done-copy-final').textContent()).toContain('Ticked by Emma Engineer now');

    const blocked = await tryTransition(emma.page, KEY, DONE);
    expect(blocked).toContain('behaviours not verified');
    expect(blocked).toContain('There is evidence that users can use it');
    await emma.page.keyboard.press('Escape');
    await emma.context.close();

    const alex = await openPanel(suite.session, ALEX.accountId, KEY);
    await alex.panel.getByRole('button', { name: 'Waive: There is evidence that users can use it' }).click();
    await alex.panel.getByRole('button', { name: 'Waive', exact: true }).click();
    await alex.panel.getByText('Write a reason: reason for waiving cannot be blank.').waitFor();
    await alex.panel.getByLabel('Reason for waiving (required)').fill('Same sheet as the Apple Pay pilot that was usability tested in Q3.');
    await alex.panel.getByRole('button', { name: 'Waive', exact: true }).click();
    const waiver = alex.panel.getByTestId('waiver-usability-evidence');
    await waiver.waitFor();
    expect(await waiver.textContent()).toMatch(/^Waived by Alex Admin now: “Same sheet as the Apple Pay pilot that was usability tested in Q3\.”$/);
    const waived = alex.panel.getByTestId('criterion-definition-of-done-usability-evidence');
    expect(await waived.getAttribute('data-status')).toBe('waived');
    // Shown as waived, not as an empty tick box; and no check that passes offers Waive….
    expect(await waived.getByRole('checkbox').count()).toBe(0);
    for (const row of await alex.panel.locator('li[data-status="passed"], li[data-status="waived"]').all())
      expect(await row.getByRole('button', { name: /^Waive/ }).count()).toBe(0);
    await alex.context.close();

    const quinn = await openPanel(suite.session, QUINN.accountId, KEY);
    await quinn.panel.getByRole('button', { name: 'Mark behaviour 2 failed' }).click();
    await quinn.panel.getByLabel('What failed (optional)').fill('The wallet address lost its house number');
    await quinn.panel.getByRole('button', { name: 'Mark failed' }).click();
    await quinn.panel.getByTestId('behaviour-b2').and(quinn.panel.locator('[data-state="failed"]')).waitFor();
    expect(await quinn.panel.getByTestId('verification-b2').textContent()).toMatch(/^Failed by Quinn QA now: “The wallet address lost its house number”$/);
    for (const n of [1, 2, 3, 4]) {
      await quinn.panel.getByRole('button', { name: `Mark behaviour ${n} passed` }).click();
      await settled(quinn.panel);
    }
    await quinn.panel.getByTestId('behaviour-b4').and(quinn.panel.locator('[data-state="passed"]')).waitFor();
    expect(await quinn.panel.getByTestId('handoff-behaviours').getByRole('heading').textContent()).toBe('Expected behaviours (4 of 4 passed)');
    await quinn.panel.getByTestId('activity').getByText('Quinn QA recorded a QA result for behaviour 4: passed', { exact: false }).first().waitFor();
    await screenshot(quinn.page, 'issue-panel-verified-light');

    expect(await tryTransition(quinn.page, KEY, DONE)).toBe('moved');
    await quinn.context.close();

    // In Done, rewording a verified behaviour is not silent: the engineer is told what it sets aside first.
    const later = await openPanel(suite.session, EMMA.accountId, KEY);
    await later.panel.getByRole('button', { name: 'Edit package' }).click();
    await later.panel.getByRole('textbox', { name: 'Expected behaviour 4', exact: true }).fill(`${NEW_BEHAVIOUR} and the discount`);
    await later.panel.getByRole('button', { name: 'Save package' }).click();
    const asked = later.panel.getByTestId('handoff-save-error');
    await asked.waitFor();
    expect(await asked.textContent()).toContain('This save changes what QA and the gates have already accepted.');
    expect(await later.panel.getByText('Definition of Done passes now and would fail after this save', { exact: false }).count()).toBeGreaterThan(0);
    expect(await later.panel.getByText('was passed by QA: the new wording needs a new verification', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(later.page, 'issue-panel-change-after-handoff-light');
    await later.panel.getByTestId('save-anyway').click();
    await later.panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    expect(await later.panel.getByTestId('behaviour-b4').getAttribute('data-state')).toBe('changed');
    await later.context.close();
  });

  it('asks before saving what looks like a password in the package, shows where (masked), and saves it only if asked to', async () => {
    const emma = await openPanel(suite.session, EMMA.accountId, 'ABC-12');
    const panel = emma.panel;
    await panel.getByRole('button', { name: 'Edit package' }).click();
    await panel.getByLabel('Test accounts / data setup').fill('qa-checkout@example.com, password: Hunter2!x');
    await panel.getByRole('button', { name: 'Save package' }).click();
    const asked = panel.getByTestId('handoff-save-error');
    await asked.waitFor();
    expect(await asked.getAttribute('data-code')).toBe('NEEDS_CONFIRMATION');
    expect(await asked.textContent()).toContain('reference a vault entry instead');
    expect(await panel.getByText('Test accounts / data setup looks like a password (password: Hu••••••)').count()).toBeGreaterThan(0);
    expect(await seriousViolations(emma.page)).toEqual([]);
    await screenshot(emma.page, 'issue-panel-secret-asked-light');
    // An edit after the question takes "Save anyway" away: the next save asks again.
    await panel.getByLabel('Test accounts / data setup').fill('qa-checkout@example.com, password: op://QA/checkout-test-user');
    expect(await panel.getByTestId('save-anyway').count()).toBe(0);
    await panel.getByLabel('Test accounts / data setup').fill('qa-checkout@example.com, password: Hunter2!x');
    await panel.getByRole('button', { name: 'Save package' }).click();
    await panel.getByTestId('save-anyway').click();
    await panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    await panel
      .getByTestId('activity')
      .getByText('saved the handoff package, keeping 1 piece of text that looks like a password, token or key', { exact: false })
      .first()
      .waitFor();
    await emma.context.close();
  });

  it("proposes the description's acceptance criteria as behaviours; the engineer picks, words and saves them", async () => {
    const emma = await openPanel(suite.session, EMMA.accountId, 'ABC-3');
    const panel = emma.panel;
    await panel.getByRole('button', { name: 'Edit package' }).click();
    await panel.getByRole('button', { name: 'Import from description' }).click();
    const proposals = panel.getByRole('group', { name: /Acceptance criteria in the description/ });
    await proposals.waitFor();
    expect(await proposals.getByRole('checkbox').count()).toBe(3);
    expect(await seriousViolations(emma.page)).toEqual([]);
    await screenshot(emma.page, 'issue-panel-import-light');
    await proposals.getByRole('checkbox', { name: 'A valid code shows the discount in the order summary before payment' }).uncheck();
    await proposals.getByRole('checkbox', { name: 'An expired or unknown code shows why it cannot be used' }).uncheck();
    await panel.getByRole('button', { name: 'Add 1 behaviour' }).click();
    await panel.getByTestId('import-added').waitFor();
    expect(await panel.getByRole('textbox', { name: 'Expected behaviour 4', exact: true }).inputValue()).toBe(
      'Customers can enter one promo code on the payment step',
    );
    await panel.getByRole('button', { name: 'Save package' }).click();
    await panel.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    expect(await panel.getByTestId('behaviour-b4').textContent()).toContain('Customers can enter one promo code on the payment step');
    // Asked again, the criterion already in the package is not proposed.
    await panel.getByRole('button', { name: 'Edit package' }).click();
    await panel.getByRole('button', { name: 'Import from description' }).click();
    await panel.getByRole('group', { name: /Acceptance criteria in the description/ }).waitFor();
    expect(
      await panel
        .getByRole('group', { name: /Acceptance criteria in the description/ })
        .getByRole('checkbox')
        .count(),
    ).toBe(2);
    await emma.context.close();
  });
});
