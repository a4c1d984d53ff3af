/**
 * Launches Debian's Chromium (never a downloaded browser) for the browser suites, headless,
 * with a fresh profile: Playwright creates a temporary --user-data-dir for `launch()` and
 * removes it on close.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedChromium {
  readonly browser: Browser;
  /** Closes the browser (and so its temporary profile); never throws. */
  cleanup(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: run "bash scripts/ensure-chromium.sh" (installs Debian's chromium package).`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
  return {
    browser,
    cleanup: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}
