/** Helpers for the DACI macro's browser suites: the spec page, the macro's frames, the config dialog. */
import type { FrameLocator, Page } from 'playwright-core';
import { describeActivity } from './page-activity';

export const DACI_MODULE = 'shipshape-daci';

/** The config dialog's frame (the macro's `config` resource). */
export const configFrame = (page: Page): FrameLocator => page.getByTestId('macro-config-dialog').frameLocator('iframe');

/** The view frames of the DACI macros on the page, in page order. */
export const macroFrame = (page: Page, index = 0): FrameLocator => page.frameLocator(`iframe[data-module-key="${DACI_MODULE}"]`).nth(index);

/** Picks a person in one of the config's user pickers by typing part of their name. */
export async function pickPerson(config: FrameLocator, inputId: string, typed: string, name: string): Promise<void> {
  const input = config.locator(`#${inputId}`);
  await input.fill(typed);
  await config.getByRole('option', { name }).click();
}

export interface DecisionInput {
  title: string;
  driver: [string, string];
  approver: [string, string];
  contributors?: Array<[string, string]>;
  due?: string;
  background?: string;
}

/** Adds a decision in the open config dialog and fills it. */
export async function addDecision(config: FrameLocator, index: number, d: DecisionInput): Promise<void> {
  await config.getByRole('button', { name: 'Add decision' }).click();
  const p = `decision-${index}`;
  await config.locator(`#${p}-title`).fill(d.title);
  await pickPerson(config, `${p}-driver`, ...d.driver);
  await pickPerson(config, `${p}-approver`, ...d.approver);
  for (const c of d.contributors ?? []) await pickPerson(config, `${p}-contributors`, ...c);
  if (d.due) await config.locator(`#${p}-due`).fill(d.due);
  if (d.background) await config.locator(`#${p}-background`).fill(d.background);
}

/** A DACI macro's view iframe as a Playwright Frame, to run script inside it (e.g. a forged bridge call). */
export async function macroFrameHandle(page: Page, index = 0) {
  const elements = await page.$$(`iframe[data-module-key="${DACI_MODULE}"]`);
  const frame = await elements[index]?.contentFrame();
  if (!frame) throw new Error('No DACI macro iframe on the page.');
  return frame;
}

/** Opens the first table's settings dialog and waits for its first decision. */
export async function openFirstSettings(page: Page): Promise<FrameLocator> {
  await page
    .getByTestId(/^edit-macro-/)
    .first()
    .click();
  const config = configFrame(page);
  await config.locator('#decision-0-title').waitFor();
  return config;
}

/**
 * Waits for a text in a DACI macro's frame; on a timeout the error says what the frame showed
 * instead (a problem message, "Loading…", or nothing), so a failed run explains itself.
 */
export async function waitForTableText(page: Page, text: string, index = 0): Promise<void> {
  const frame = macroFrame(page, index);
  try {
    await frame.getByText(text).first().waitFor();
  } catch (error) {
    const shown = await frame
      .locator('body')
      .innerText({ timeout: 2_000 })
      .catch(() => '(no readable body)');
    const frames = await page.locator(`iframe[data-module-key="${DACI_MODULE}"]`).count();
    throw new Error(
      `"${text}" did not show in DACI frame ${index} of ${frames}; it shows: ${JSON.stringify(shown.slice(0, 600))}\n` +
        `What the page was doing:\n${describeActivity(page)}\n${String(error)}`,
    );
  }
}
