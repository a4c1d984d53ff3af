import { launchChromium, type LaunchedChromium } from '../../test/browser/support/chromium';
import type { Row } from '../measure';
import { bundleOnlyRow, bundleOnlySpecs } from './bundle-only';
import { daciMacroScreen } from './daci-macro';
import { decisionRegisterScreen } from './decision-register';
import { insightsPageScreen } from './insights-page';
import { issuePanelScreen, type NotReady } from './issue-panel';
import { measureScreen, type MeasureOptions } from './measure-screen';
import { screenRows, unmeasuredRows } from './screen-rows';
import type { ScreenSpec } from './screen-spec';

/** The Custom UI screens `npm run bench` measures; add a screen here with its spec. */
export function benchScreens(): Array<ScreenSpec | NotReady> {
  return [issuePanelScreen(), daciMacroScreen(), decisionRegisterScreen(), insightsPageScreen()];
}

const isReady = (screen: ScreenSpec | NotReady): screen is ScreenSpec => !('notReady' in screen);

/** Rows for every screen, in headless Chromium against the sandbox; `notes` says why any failed. */
export async function customUiRows(screens = benchScreens(), options: MeasureOptions = {}): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  let chromium: LaunchedChromium | undefined;
  try {
    if (screens.some(isReady)) chromium = await launchChromium();
  } catch (error) {
    notes.push(`Chromium: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    for (const screen of screens) {
      if (!isReady(screen) || !chromium) {
        rows.push(...unmeasuredRows(screen, isReady(screen) ? 'no Chromium (see below)' : screen.notReady));
        continue;
      }
      try {
        rows.push(...screenRows(await measureScreen(screen, chromium.browser, options)));
      } catch (error) {
        rows.push(...unmeasuredRows(screen, 'failed (see below)'));
        notes.push(`${screen.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await chromium?.cleanup();
  }
  return { rows, notes };
}

/** Size rows of the entries the bench does not load (bundle-only.ts). */
export async function bundleOnlyRows(specs = bundleOnlySpecs()): Promise<Row[]> {
  const rows: Row[] = [];
  for (const spec of specs) rows.push(await bundleOnlyRow(spec));
  return rows;
}
