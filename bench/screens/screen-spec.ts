import { join } from 'node:path';
import type { FunctionHandler } from '../../sandbox/host/invoke-route';
import type { CustomUiModule } from '../../sandbox/host/manifest';
import type { Sandbox } from '../../sandbox/server/sandbox-server';

/** One Custom UI screen to measure, hosted by the sandbox as if manifest.yml declared it. */
export interface ScreenSpec {
  /** Names the table's rows, e.g. "issue panel". */
  readonly name: string;
  /** The app's entry file, built with `buildApp` exactly as `npm run build` builds it. */
  readonly entry: string;
  /** The module that shows it; its `resources.default` is served from the fresh build. */
  readonly module: CustomUiModule;
  /** The sandbox page that hosts the module, e.g. `/browse/ABC-10`. */
  readonly pagePath: string;
  /** A CSS selector inside the app's iframe that is there once the content is shown. */
  readonly contentSelector: string;
  /** The demo person signed in (the `sandbox-user` cookie). */
  readonly accountId: string;
  /** The screen's targets; a missed one fails `npm run bench`. */
  readonly budget: ScreenBudget;
  /** Puts the data the page shows in the freshly seeded sandbox (e.g. a 200-decision table). */
  prepare?(sandbox: Sandbox): Promise<void>;
  /** Resolver functions the manifest does not declare (e.g. a test app's). */
  readonly extraFunctionHandlers?: Readonly<Record<string, FunctionHandler>>;
}

export interface ScreenBudget {
  /** main.js + main.css, gzipped, in KB. */
  readonly gzipKb: number;
  /** Median time-to-content over the bare React page's. */
  readonly ratio: number;
  /** `invoke` calls per load of the screen. */
  readonly backendCalls: number;
}

export const BARE_REACT_ENTRY = join(__dirname, '..', 'bare-react', 'src', 'index.tsx');
export const BARE_RESOURCE_KEY = 'bench-bare-react';

/**
 * The baseline for a screen: the bare React app (bench/bare-react) in the same module slot
 * (same type and key, so the same host page, iframe and bridge shim, and the same data), with
 * no resolver.
 */
export function bareReactFor(screen: ScreenSpec): ScreenSpec {
  const { resolverFunction: _unused, ...module } = screen.module;
  return {
    name: `bare React page (as the ${screen.name})`,
    entry: BARE_REACT_ENTRY,
    module: { ...module, resources: { default: BARE_RESOURCE_KEY } },
    pagePath: screen.pagePath,
    contentSelector: '[data-testid="bare-content"]',
    accountId: screen.accountId,
    budget: screen.budget,
    ...(screen.prepare ? { prepare: screen.prepare } : {}),
  };
}
