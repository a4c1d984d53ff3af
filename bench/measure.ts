import { performance } from 'node:perf_hooks';

/** Median milliseconds of `runs` calls after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs = 200, warmup = 30): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Row {
  measure: string;
  value: string;
  target: string;
  ok: boolean;
}

export function printTable(rows: Row[]): void {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.measure, r.value, r.target][i]!.length), ['measure', 'value', 'target'][i]!.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(['measure', 'value', 'target']) + ' ok');
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(`${line([r.measure, r.value, r.target])} ${r.ok ? 'yes' : 'NO'}`);
}
