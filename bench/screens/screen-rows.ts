import type { BundleSizes } from '../../scripts/custom-ui/bundle-sizes';
import { median, type Row } from '../measure';
import type { ScreenMeasurement } from './measure-screen';
import { ratioInterval } from './ratio-spread';
import type { ScreenSpec } from './screen-spec';
import type { ScreenLoad } from './time-to-content';

const KB = 1024;

const ms = (value: number): string => `${Math.round(value)} ms`;

function timeValue(loads: readonly ScreenLoad[]): string {
  return `${ms(median(loads.map((l) => l.fromIframe)))} (page: ${ms(median(loads.map((l) => l.fromNavigation)))})`;
}

function callsValue(loads: readonly ScreenLoad[]): string {
  const counts = loads.map((l) => l.backendCalls);
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return low === high ? String(low) : `${low} to ${high}`;
}

const sizeMeasure = (name: string) => `${name}: initial load, gzip`;

/**
 * The size row: the initial load (main.js, the chunks it imports statically, main.css, each
 * gzipped) against the budget; the lazy chunks, which only an `import()` that runs fetches, named
 * apart in the measure and not counted.
 */
export function sizeRow(name: string, bundle: BundleSizes, gzipKbBudget: number): Row {
  const gzipKb = bundle.gzipBytes / KB;
  const lazyKb = bundle.lazy.reduce((total, file) => total + file.gzipBytes, 0) / KB;
  const lazy = bundle.lazy.length === 0 ? 'no lazy chunks' : `lazy: ${bundle.lazy.length} chunk${bundle.lazy.length === 1 ? '' : 's'}, ${lazyKb.toFixed(1)} KB`;
  const files = `${bundle.initial.length} file${bundle.initial.length === 1 ? '' : 's'}`;
  return { measure: `${sizeMeasure(name)} (${files}; ${lazy})`, value: `${gzipKb.toFixed(1)} KB`, target: `<= ${gzipKbBudget} KB`, ok: gzipKb <= gzipKbBudget };
}

/** The table's rows for a measured screen: bundle size, time-to-content next to bare React, backend calls. */
export function screenRows(m: ScreenMeasurement): Row[] {
  const { name, budget } = m.spec;
  const runs = m.loads.length;
  const screenTimes = m.loads.map((l) => l.fromIframe);
  const bareTimes = m.bareLoads.map((l) => l.fromIframe);
  const ratio = median(screenTimes) / median(bareTimes);
  const [low, high] = ratioInterval(screenTimes, bareTimes);
  return [
    sizeRow(name, m.bundle, budget.gzipKb),
    { measure: `${name}: time-to-content, median of ${runs}`, value: timeValue(m.loads), target: '', ok: true },
    {
      measure: `bare React page (${(m.bareBundle.gzipBytes / KB).toFixed(1)} KB gzip), same slot`,
      value: timeValue(m.bareLoads),
      target: '(baseline)',
      ok: true,
    },
    {
      measure: `${name} / bare React time-to-content (90% bootstrap interval)`,
      value: `${ratio.toFixed(2)} (${low.toFixed(2)}–${high.toFixed(2)})`,
      target: `<= ${budget.ratio}`,
      ok: ratio <= budget.ratio,
    },
    {
      measure: `backend calls per ${name} load`,
      value: callsValue(m.loads),
      target: `= ${budget.backendCalls}`,
      ok: m.loads.every((l) => l.backendCalls === budget.backendCalls),
    },
  ];
}

/** The same rows when the screen could not be measured: each says why and fails. */
export function unmeasuredRows(spec: Pick<ScreenSpec, 'name' | 'budget'>, why: string): Row[] {
  const { name, budget } = spec;
  return [
    { measure: sizeMeasure(name), value: why, target: `<= ${budget.gzipKb} KB`, ok: false },
    { measure: `${name} / bare React time-to-content`, value: why, target: `<= ${budget.ratio}`, ok: false },
    { measure: `backend calls per ${name} load`, value: why, target: `= ${budget.backendCalls}`, ok: false },
  ];
}
