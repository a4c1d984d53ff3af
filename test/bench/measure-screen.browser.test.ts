/**
 * The Custom UI benchmark machinery (bench/screens) against the real sandbox in Chromium, with
 * a test app whose resolver answers after a known delay. Checks what the timer and the call
 * counter report, never how fast anything is: budgets live in `npm run bench`.
 */
import { launchChromium, type LaunchedChromium } from '../browser/support/chromium';
import { measureScreen } from '../../bench/screens/measure-screen';
import { screenRows } from '../../bench/screens/screen-rows';
import { customUiRows } from '../../bench/screens/screens';
import { HELLO_DELAY_MS } from './timing-app/resolver';
import { timingScreen } from './timing-app/timing-screen';

jest.setTimeout(120_000);

let chromium: LaunchedChromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(() => chromium?.cleanup());

describe('measuring a Custom UI screen against the sandbox', () => {
  it('prepares both sandboxes, times each load from the iframe to the content (the resolver’s answer inside), and counts its one backend call', async () => {
    const prepared: string[] = [];
    const prepare = async (sandbox: { url: string }) => void prepared.push(sandbox.url);
    const m = await measureScreen({ ...timingScreen('bench-timing'), prepare }, chromium.browser, { runs: 2, warmups: 0 });
    expect(prepared).toHaveLength(2);
    expect(new Set(prepared).size).toBe(2);
    expect(m.loads).toHaveLength(2);
    expect(m.bareLoads).toHaveLength(2);
    for (const load of m.loads) {
      expect(load.backendCalls).toBe(1);
      expect(load.fromIframe).toBeGreaterThanOrEqual(HELLO_DELAY_MS);
      expect(load.fromNavigation).toBeGreaterThan(load.fromIframe);
    }
    for (const load of m.bareLoads) {
      expect(load.backendCalls).toBe(0);
      expect(load.fromIframe).toBeGreaterThan(0);
      expect(load.fromNavigation).toBeGreaterThan(load.fromIframe);
    }
    expect(m.bundle.gzipBytes).toBeGreaterThan(1000);
    expect(m.bundle.gzipBytes).toBeLessThan(m.bundle.bytes);
  });

  it('counts every backend call of a load, so a screen that invokes twice fails the one-call target', async () => {
    const m = await measureScreen(timingScreen('bench-timing-twice'), chromium.browser, { runs: 1, warmups: 0 });
    expect(m.loads.map((l) => l.backendCalls)).toEqual([2]);
    expect(screenRows(m).find((r) => r.measure.startsWith('backend calls'))).toMatchObject({ value: '2', ok: false });
  });

  it('fails every row of a screen that never shows its content, and says which selector it waited for', async () => {
    // The time-out also bounds the bare React baseline measured first: 3 s was too short for its
    // first load on a loaded 2-core CI machine (one CI run failed there, before the screen was tried).
    const { rows, notes } = await customUiRows([timingScreen('bench-timing', '[data-testid="never-there"]')], { runs: 1, warmups: 0, loadTimeoutMs: 10_000 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => !r.ok)).toBe(true);
    expect(notes).toEqual([expect.stringContaining('did not show [data-testid="never-there"] on /browse/ABC-10')]);
  });
});
