import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../scripts/build-static';
import type { BundleSizes } from '../../scripts/custom-ui/bundle-sizes';
import { startSandbox } from '../../sandbox/server/sandbox-server';
import type { ScreenSpec } from './screen-spec';
import { loadScreen, timingScript, type LoadOptions, type ScreenLoad } from './time-to-content';

const ROOT = resolve(__dirname, '..', '..');

export interface HostedScreen {
  /** The fresh build's sizes: its initial load and its lazy chunks. */
  readonly bundle: BundleSizes;
  /** One more load of the host page in a new tab. */
  load(): Promise<ScreenLoad>;
  close(): Promise<void>;
}

/**
 * Builds the screen's app into a temporary folder (never the app's own build/, which others may
 * be writing) and hosts it in a freshly seeded sandbox on a free port, with a browser context
 * signed in as the spec's person. Every load is a new tab in that context: a repeat visit.
 */
export async function hostScreen(spec: ScreenSpec, browser: Browser, loadOptions: LoadOptions = {}): Promise<HostedScreen> {
  const resourceKey = spec.module.resources['default'];
  if (!resourceKey) throw new Error(`The ${spec.name} module has no default resource.`);
  const buildDir = mkdtempSync(join(tmpdir(), 'shipshape-bench-build-'));
  const stateDir = mkdtempSync(join(tmpdir(), 'shipshape-bench-state-'));
  const removeFolders = () => {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    const bundle = await buildApp(spec.entry, buildDir, spec.name);
    const sandbox = await startSandbox({
      root: ROOT,
      port: 0,
      stateDir,
      reset: true,
      extraResources: { [resourceKey]: buildDir },
      extraModules: [spec.module],
      ...(spec.extraFunctionHandlers ? { extraFunctionHandlers: spec.extraFunctionHandlers } : {}),
    });
    await spec.prepare?.(sandbox).catch(async (error: unknown) => {
      await sandbox.close();
      throw error;
    });
    const context = await browser.newContext({ baseURL: sandbox.url, viewport: { width: 1280, height: 900 } }).catch(async (error: unknown) => {
      await sandbox.close();
      throw error;
    });
    await context.addCookies([{ name: 'sandbox-user', value: encodeURIComponent(spec.accountId), url: sandbox.url }]);
    await context.addInitScript("localStorage.setItem('sandbox-theme', 'light')");
    await context.addInitScript(timingScript(spec));
    return {
      bundle,
      load: () => loadScreen(context, spec, loadOptions),
      async close() {
        await context.close().catch(() => undefined);
        await sandbox.close();
        removeFolders();
      },
    };
  } catch (error) {
    removeFolders();
    throw error;
  }
}
