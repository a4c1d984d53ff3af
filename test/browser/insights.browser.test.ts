/**
 * Issue 16, items 3 and 7: the insights page in the sandbox, as a team lead reads it. The figures
 * in the charts' table alternative are checked against the seeded quarter, counted here again
 * from the seed's events.
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { EMMA } from '../../sandbox/standin/demo-users';
import { seedDefinitionOfDone } from '../../sandbox/standin/seed-app-storage';
import { insightsSeedEvents } from '../../sandbox/standin/seed-insights';
import type { AttemptEvent } from '../../src/domain/insights/gate-event';
import { isoWeek } from '../../src/domain/insights/iso-week';
import { sandboxSuite } from './support/sandbox-session';
import { screenshot } from './support/screenshot';

jest.setTimeout(180_000);

const suite = sandboxSuite();
const insights = (page: Page): FrameLocator => page.frameLocator('iframe[data-module-key="shipshape-insights"]');

async function openInsights(page: Page): Promise<FrameLocator> {
  await page.goto('/insights');
  const app = insights(page);
  await app.getByTestId('insights-content').waitFor();
  return app;
}

/** The rows of a visually hidden table, as text cells. */
const rowsOf = async (app: FrameLocator, testId: string) =>
  (await app
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')))) as string[][];

describe('the insights page, as a team lead reads it', () => {
  it('answers which check blocks most and how long items wait at Done, with figures that match the seed', async () => {
    const seededAt = suite.session.sandbox.insightsSeededAt!;
    const attempts = insightsSeedEvents(seededAt).filter((e): e is AttemptEvent => e.kind === 'attempt' && e.gateId === 'definition-of-done');
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    const app = await openInsights(page);

    const rows = await rowsOf(app, 'weekly-table');
    expect(rows).toHaveLength(13);
    for (const [week, attempted, blocked] of rows) {
      const inWeek = attempts.filter((e) => isoWeek(e.at) === week);
      expect([week, Number(attempted), Number(blocked)]).toEqual([week, inWeek.length, inWeek.filter((e) => !e.passed).length]);
    }
    const period = new Set(rows.map(([week]) => week));
    const counts = new Map<string, number>();
    for (const e of attempts) if (!e.passed && period.has(isoWeek(e.at))) for (const id of e.failing) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [topId, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const label = seedDefinitionOfDone().criteria.find((c) => c.id === topId)!.label!;
    await app
      .getByTestId('insights-top-blocker')
      .filter({ hasText: `${label}: ${topCount} blocked attempts` })
      .waitFor();
    expect(await app.getByTestId('insights-time-blocked').textContent()).toMatch(/^median .+, p85 .+, p95 .+ \(\d+ items\)$/);
    expect(await app.getByTestId('blocked-now').locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('ABC-3'),
      expect.stringContaining('ABC-5'),
    ]);
    const jql = await app.getByTestId(`criterion-${topId}`).getByRole('link').getAttribute('href');
    expect(decodeURIComponent(jql!)).toContain(`shipshapeFailingChecks = "definition-of-done/${topId}"`);
    await screenshot(page, 'insights-light');
    await context.close();
  });

  it('exports the weekly figures and the events of the period as CSV files', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    const app = await openInsights(page);
    const [weeks] = await Promise.all([page.waitForEvent('download'), app.getByTestId('export-weeks').click()]);
    expect(weeks.suggestedFilename()).toMatch(/^shipshape-ABC-definition-of-done-weeks-.+\.csv$/);
    const weekRows = readFileSync((await weeks.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(weekRows).toHaveLength(14);
    const [events] = await Promise.all([page.waitForEvent('download'), app.getByTestId('export-events').click()]);
    const eventRows = readFileSync((await events.path())!, 'utf8')
      .trim()
      .split('\r\n');
    const period = new Set(weekRows.slice(1).map((r) => r.split(',')[0]));
    const seeded = insightsSeedEvents(suite.session.sandbox.insightsSeededAt!).filter((e) => period.has(isoWeek(e.at)));
    expect(eventRows.length - 1).toBe(seeded.length);
    await app
      .getByTestId('export-done')
      .filter({ hasText: `${seeded.length} rows` })
      .waitFor();
    await context.close();
  });

  it('shows another gate and a shorter period when asked', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    const app = await openInsights(page);
    await app.locator('input#ins-gate').fill('Ready for QA');
    await app.locator('input#ins-gate').press('Enter');
    await app.getByTestId('blocked-now').getByText('Nothing is blocked at this gate now.').waitFor();
    await app.locator('input#ins-period').fill('Last 4 weeks');
    await app.locator('input#ins-period').press('Enter');
    await app.getByTestId('weekly-table').locator('tbody tr').nth(3).waitFor();
    expect(await app.getByTestId('weekly-table').locator('tbody tr').count()).toBe(4);
    await context.close();
  });

  it('counts an attempt made in the sandbox: a blocked move to Done shows up in this week', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    const app = await openInsights(page);
    const thisWeek = async () => (await rowsOf(app, 'weekly-table')).at(-1)!;
    const before = await thisWeek();
    await page.goto('/browse/ABC-5');
    await page.getByTestId('transition-ABC-5-31').click();
    await page.getByTestId('transition-error').waitFor();
    await suite.session.sandbox.app.gateEvents.idle();
    await openInsights(page);
    const after = await thisWeek();
    expect([Number(after[1]), Number(after[2])]).toEqual([Number(before[1]) + 1, Number(before[2]) + 1]);
    await context.close();
  });
});

describe('the insights gadget on a dashboard', () => {
  it('is set up in its edit view with a project and a gate, then shows the same figures as the page', async () => {
    const { page, context } = await suite.session.openAs(EMMA.accountId);
    const app = await openInsights(page);
    const topOnPage = await app.getByTestId('insights-top-blocker').textContent();
    await page.goto('/dashboard');
    const gadget = page.getByTestId('gadget-shipshape-insights-gadget');
    await gadget.frameLocator('iframe').getByTestId('gadget-unconfigured').waitFor();
    await gadget.getByTestId('gadget-edit').click();
    const edit = gadget.frameLocator('iframe');
    await edit.locator('input#gadget-project').fill('Check');
    await edit.getByRole('option', { name: 'Checkout (ABC)' }).click();
    await edit.locator('input#gadget-gate').waitFor();
    await edit.getByTestId('gadget-save').click();
    const view = gadget.frameLocator('iframe');
    await view.getByTestId('gadget-content').waitFor();
    expect(await view.getByTestId('insights-top-blocker').textContent()).toBe(topOnPage);
    expect(await view.getByTestId('weekly-table').locator('tbody tr').count()).toBe(13);
    await screenshot(page, 'insights-gadget-light');
    await context.close();
  });
});
