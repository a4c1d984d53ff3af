import { bucketBounds, type Histogram } from './time-histogram';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The bins the time-blocked chart shows, by their upper edge (the last has none). */
export const TIME_BINS = [
  { key: 'underHour', until: HOUR },
  { key: 'hours', until: 4 * HOUR },
  { key: 'day', until: DAY },
  { key: 'days', until: 3 * DAY },
  { key: 'week', until: 7 * DAY },
  { key: 'twoWeeks', until: 14 * DAY },
  { key: 'month', until: 28 * DAY },
  { key: 'longer', until: Infinity },
] as const;
export type TimeBinKey = (typeof TIME_BINS)[number]['key'];

/** The histogram's counts in readable bins; a bucket goes to the bin holding its middle (buckets are 10% wide). */
export function timeBins(histogram: Histogram): Array<{ key: TimeBinKey; count: number }> {
  const counts = TIME_BINS.map((bin) => ({ key: bin.key as TimeBinKey, count: 0 }));
  for (const [bucket, n] of histogram) {
    const [low, high] = bucketBounds(bucket);
    const middle = bucket === 0 ? (low + high) / 2 : Math.sqrt(low * high);
    const at = TIME_BINS.findIndex((bin) => middle < bin.until);
    counts[at]!.count += n;
  }
  return counts;
}
