/**
 * Issue #17, item 3: handoff sections keep the formatting Jira's own fields have. Emma writes
 * bold, italic, code, lists and links as she would with Jira's editor shortcuts, previews them,
 * saves: QA read them formatted, the editor shows her text back as she typed it, and a script
 * address typed as a link stays text.
 */
import { EMMA, QUINN } from '../../sandbox/standin/demo-users';
import { openPanel, panelFrameHandle, seriousViolations } from './support/panel-page';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(120_000);

const suite = sandboxSuite();
const SUMMARY =
  'Pay with a **saved card**, _quickly_.\n\n- one tap at checkout\n- see [the spec](https://wiki.example/spec)\n\nNot a link: [x](javascript:alert(1))';
const BEHAVIOUR = 'Run `npm test` and see **all green**';

describe('formatted handoff sections', () => {
  it('are written with Jira’s shortcuts, previewed, saved as formatting and read back as typed', async () => {
    const emma = await openPanel(suite.session, EMMA.accountId, 'ABC-12');
    const p = emma.panel;
    await p.getByRole('button', { name: 'Edit package' }).click();
    await p.getByLabel('Feature summary').fill(SUMMARY);
    await p.getByRole('button', { name: 'Add expected behaviour' }).click();
    await p.getByRole('textbox', { name: 'Expected behaviour 1', exact: true }).fill(BEHAVIOUR);
    await p.getByTestId('preview-handoff').click();
    const preview = p.getByTestId('handoff-preview');
    expect(await preview.getByTestId('summary-text').locator('strong').textContent()).toBe('saved card');
    await p.getByTestId('preview-handoff').click();
    expect(await p.getByLabel('Feature summary').inputValue()).toBe(SUMMARY);
    await p.getByRole('button', { name: 'Save package' }).click();
    await p.getByTestId('announcement').filter({ hasText: 'Handoff package saved.' }).waitFor();
    await emma.context.close();

    const quinn = await openPanel(suite.session, QUINN.accountId, 'ABC-12');
    const summary = quinn.panel.getByTestId('summary-text');
    expect(await summary.locator('strong').textContent()).toBe('saved card');
    expect(await summary.locator('em').textContent()).toBe('quickly');
    expect(await summary.locator('ul > li').allTextContents()).toEqual(['one tap at checkout', 'see the spec']);
    const spec = summary.getByRole('link', { name: 'the spec' });
    expect([await spec.getAttribute('href'), await spec.getAttribute('rel'), await spec.getAttribute('target')]).toEqual([
      'https://wiki.example/spec',
      'noopener noreferrer nofollow',
      '_blank',
    ]);
    expect(await summary.textContent()).toContain('Not a link: [x](javascript:alert(1))');
    const frame = await panelFrameHandle(quinn.page);
    expect(await frame.locator('a[href^="javascript"], main script, main img').count()).toBe(0);
    expect(await quinn.panel.getByTestId('behaviour-text-b1').locator('code').textContent()).toBe('npm test');
    expect(await seriousViolations(quinn.page)).toEqual([]);
    await screenshot(quinn.page, 'issue-panel-formatted-light');
    await quinn.context.close();

    const again = await openPanel(suite.session, EMMA.accountId, 'ABC-12', 'dark');
    await again.panel.getByRole('button', { name: 'Edit package' }).click();
    expect(await again.panel.getByLabel('Feature summary').inputValue()).toBe(SUMMARY);
    expect(await again.panel.getByRole('textbox', { name: 'Expected behaviour 1', exact: true }).inputValue()).toBe(BEHAVIOUR);
    expect(await seriousViolations(again.page)).toEqual([]);
    await again.context.close();
  });
});
