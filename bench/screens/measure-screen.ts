import type { Browser } from 'playwright-core';
import type { BundleSizes } from '../../scripts/custom-ui/bundle-sizes';
import { hostScreen, type HostedScreen } from './hosted-screen';
import { bareReactFor, type ScreenSpec } from './screen-spec';
import type { ScreenLoad } from './time-to-content';

export interface MeasureOptions {
  /** Measured loads of each page (default 25: on a shared 2-core machine, ratios of medians of 15 still moved by ±0.2 between runs). */
  readonly runs?: number;
  /** Unmeasured loads first (default 2): the sandbox bundles its chrome and the shim on first use. */
  readonly warmups?: number;
  /** How long one load may take before the screen counts as failed (default 20 s). */
  readonly loadTimeoutMs?: number;
}

export interface ScreenMeasurement {
  readonly spec: ScreenSpec;
  readonly bundle: BundleSizes;
  readonly bareBundle: BundleSizes;
  readonly loads: readonly ScreenLoad[];
  readonly bareLoads: readonly ScreenLoad[];
}

/**
 * Measures a screen next to the bare React page in the same slot, each in its own sandbox and
 * browser context. Loads alternate (bare, screen, screen, bare, …) so that whatever else the
 * machine is doing weighs on both alike.
 */
export async function measureScreen(spec: ScreenSpec, browser: Browser, options: MeasureOptions = {}): Promise<ScreenMeasurement> {
  const runs = options.runs ?? 25;
  const warmups = options.warmups ?? 2;
  const timeout = options.loadTimeoutMs === undefined ? {} : { timeoutMs: options.loadTimeoutMs };
  const opened: HostedScreen[] = [];
  try {
    const screen = await hostScreen(spec, browser, timeout);
    opened.push(screen);
    const bare = await hostScreen(bareReactFor(spec), browser, { ...timeout, settleMs: 0 });
    opened.push(bare);
    for (let i = 0; i < warmups; i++) {
      await bare.load();
      await screen.load();
    }
    const loads: ScreenLoad[] = [];
    const bareLoads: ScreenLoad[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) bareLoads.push(await bare.load());
      loads.push(await screen.load());
      if (i % 2 === 1) bareLoads.push(await bare.load());
    }
    return { spec, bundle: screen.bundle, bareBundle: bare.bundle, loads, bareLoads };
  } finally {
    for (const hosted of opened) await hosted.close();
  }
}
