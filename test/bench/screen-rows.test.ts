import { screenRows, sizeRow, unmeasuredRows } from '../../bench/screens/screen-rows';
import { customUiRows } from '../../bench/screens/screens';
import { bareReactFor, BARE_RESOURCE_KEY, type ScreenSpec } from '../../bench/screens/screen-spec';
import type { ScreenMeasurement } from '../../bench/screens/measure-screen';
import type { ScreenLoad } from '../../bench/screens/time-to-content';

const SPEC: ScreenSpec = {
  name: 'issue panel',
  entry: '/nowhere/index.tsx',
  module: { type: 'jira:issuePanel', key: 'shipshape-panel', resources: { default: 'issue-panel' }, resolverFunction: 'issue-resolver' },
  pagePath: '/browse/ABC-10',
  contentSelector: '[data-testid="panel-content"]',
  accountId: 'acc-emma',
  budget: { gzipKb: 150, ratio: 2, backendCalls: 1 },
};

const load = (fromIframe: number, backendCalls = 1): ScreenLoad => ({ fromIframe, fromNavigation: fromIframe + 1000, backendCalls });

function measurement(loads: ScreenLoad[], gzipKb = 100): ScreenMeasurement {
  return {
    spec: SPEC,
    bundle: {
      bytes: gzipKb * 4096,
      gzipBytes: gzipKb * 1024,
      initial: [
        { file: 'main.js', bytes: gzipKb * 4000, gzipBytes: gzipKb * 1000 },
        { file: 'main.css', bytes: gzipKb * 96, gzipBytes: gzipKb * 24 },
      ],
      lazy: [
        { file: 'chunks/a.js', bytes: 9000, gzipBytes: 3 * 1024 },
        { file: 'chunks/b.js', bytes: 9000, gzipBytes: 2 * 1024 },
      ],
    },
    bareBundle: { bytes: 200_000, gzipBytes: 60 * 1024, initial: [{ file: 'main.js', bytes: 200_000, gzipBytes: 60 * 1024 }], lazy: [] },
    loads,
    bareLoads: [load(100, 0), load(300, 0), load(200, 0)],
  };
}

const byMeasure = (rows: ReturnType<typeof screenRows>, start: string) => rows.find((r) => r.measure.startsWith(start))!;

describe('screen rows', () => {
  it('compares median times from the iframe and passes a screen within every target', () => {
    const rows = screenRows(measurement([load(390), load(9000), load(400)]));
    expect(rows.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(byMeasure(rows, 'issue panel: initial load')).toMatchObject({
      measure: 'issue panel: initial load, gzip (2 files; lazy: 2 chunks, 5.0 KB)',
      value: '100.0 KB',
      target: '<= 150 KB',
    });
    expect(byMeasure(rows, 'issue panel: time-to-content')).toMatchObject({
      measure: 'issue panel: time-to-content, median of 3',
      value: '400 ms (page: 1400 ms)',
    });
    expect(byMeasure(rows, 'bare React page')).toMatchObject({ measure: 'bare React page (60.0 KB gzip), same slot', value: '200 ms (page: 1200 ms)' });
    expect(byMeasure(rows, 'issue panel / bare')).toMatchObject({
      measure: 'issue panel / bare React time-to-content (90% bootstrap interval)',
      value: expect.stringMatching(/^2\.00 \(\d\.\d\d–\d+\.\d\d\)$/),
      target: '<= 2',
    });
    expect(byMeasure(rows, 'backend calls')).toMatchObject({ value: '1', target: '= 1' });
  });

  it('fails a ratio over the target and a bundle over its budget', () => {
    const rows = screenRows(measurement([load(401), load(402), load(403)], 151));
    expect(byMeasure(rows, 'issue panel / bare')).toMatchObject({ value: expect.stringMatching(/^2\.01 /), ok: false });
    expect(byMeasure(rows, 'issue panel: initial load')).toMatchObject({ value: '151.0 KB', ok: false });
  });

  it('fails the backend calls row when any load makes another call, and shows the range', () => {
    const rows = screenRows(measurement([load(100), load(100, 2), load(100)]));
    expect(byMeasure(rows, 'backend calls')).toMatchObject({ value: '1 to 2', ok: false });
    expect(byMeasure(rows, 'backend calls per issue panel load').ok).toBe(false);
  });

  it('fails every target of a screen that could not be measured, saying why', () => {
    const rows = unmeasuredRows(SPEC, 'not built yet');
    expect(rows.map((r) => [r.value, r.ok])).toEqual([
      ['not built yet', false],
      ['not built yet', false],
      ['not built yet', false],
    ]);
  });
});

describe('the size row', () => {
  it('counts the initial load only and names the lazy chunks apart', () => {
    const bundle = { bytes: 10, gzipBytes: 150 * 1024, initial: [{ file: 'main.js', bytes: 10, gzipBytes: 150 * 1024 }], lazy: [] };
    expect(sizeRow('DACI macro', bundle, 150)).toEqual({
      measure: 'DACI macro: initial load, gzip (1 file; no lazy chunks)',
      value: '150.0 KB',
      target: '<= 150 KB',
      ok: true,
    });
    expect(sizeRow('DACI macro', { ...bundle, gzipBytes: 150 * 1024 + 1 }, 150).ok).toBe(false);
  });
});

describe('a screen not ready to measure', () => {
  it('fails its rows with the reason, without starting a browser', async () => {
    const { rows, notes } = await customUiRows([{ name: 'issue panel', budget: SPEC.budget, notReady: 'not built yet (no static/issue-panel/src/index.tsx)' }]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => !r.ok && r.value === 'not built yet (no static/issue-panel/src/index.tsx)')).toBe(true);
    expect(notes).toEqual([]);
  });
});

describe('the bare React baseline', () => {
  it('takes the screen’s slot (type, key, page) with its own resource and no resolver', () => {
    const bare = bareReactFor(SPEC);
    expect(bare.module).toEqual({ type: 'jira:issuePanel', key: 'shipshape-panel', resources: { default: BARE_RESOURCE_KEY } });
    expect(bare).toMatchObject({ pagePath: SPEC.pagePath, accountId: SPEC.accountId, contentSelector: '[data-testid="bare-content"]' });
  });

  it('gets the same data as the screen', () => {
    const prepare = async () => undefined;
    expect(bareReactFor({ ...SPEC, prepare }).prepare).toBe(prepare);
  });
});
