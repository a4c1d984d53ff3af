/**
 * A bounded histogram of durations (time blocked): bucket 0 holds under a minute; bucket i ≥ 1
 * holds [1.1^(i-1), 1.1^i) minutes, up to bucket 160 (about 8 years, and everything longer).
 * Buckets grow by 10%, so a percentile read from it lies in the exact one's bucket: within 10%,
 * whatever the number of items. Stored sparse, as [bucket, count] pairs.
 */
export type Histogram = Array<[bucket: number, count: number]>;

const MINUTE = 60_000;
const GROWTH = 1.1;
export const LAST_BUCKET = 160;

export function bucketOf(ms: number): number {
  const minutes = ms / MINUTE;
  if (minutes < 1) return 0;
  return Math.min(LAST_BUCKET, 1 + Math.floor(Math.log(minutes) / Math.log(GROWTH)));
}

/** The bucket's bounds in milliseconds. */
export function bucketBounds(bucket: number): [number, number] {
  if (bucket === 0) return [0, MINUTE];
  return [GROWTH ** (bucket - 1) * MINUTE, GROWTH ** bucket * MINUTE];
}

export function withDuration(histogram: Histogram, ms: number): Histogram {
  const bucket = bucketOf(Math.max(0, ms));
  const found = histogram.some(([b]) => b === bucket);
  const next: Histogram = found ? histogram.map(([b, n]) => [b, b === bucket ? n + 1 : n]) : [...histogram, [bucket, 1]];
  return next.sort((a, b) => a[0] - b[0]);
}

export function mergeHistograms(histograms: readonly Histogram[]): Histogram {
  const counts = new Map<number, number>();
  for (const h of histograms) for (const [b, n] of h) counts.set(b, (counts.get(b) ?? 0) + n);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

export const histogramCount = (histogram: Histogram): number => histogram.reduce((sum, [, n]) => sum + n, 0);

/**
 * The p-th percentile (0 < p ≤ 100) in milliseconds, interpolated geometrically inside its
 * bucket (linearly in bucket 0); undefined for an empty histogram.
 */
export function percentile(histogram: Histogram, p: number): number | undefined {
  const total = histogramCount(histogram);
  if (total === 0) return undefined;
  const rank = (p / 100) * total;
  let below = 0;
  for (const [bucket, n] of histogram) {
    if (below + n >= rank) {
      const [low, high] = bucketBounds(bucket);
      const share = n === 0 ? 0 : Math.max(0, rank - below) / n;
      return bucket === 0 ? low + (high - low) * share : low * (high / low) ** share;
    }
    below += n;
  }
  return bucketBounds(histogram[histogram.length - 1]![0])[1];
}
