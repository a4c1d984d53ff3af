import { median } from '../measure';

/** A small seeded generator (mulberry32): the same loads always give the same interval. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const resample = (values: readonly number[], random: () => number) => values.map(() => values[Math.floor(random() * values.length)]!);

/**
 * How far the ratio of two medians could move between runs on this machine: a bootstrap interval
 * (both samples drawn again with replacement, `resamples` times) holding the middle `share` of the
 * ratios. On a shared 2-core machine a ratio moves by a few tenths between runs; the interval
 * shows how much this run's could, so a miss by less than its half-width reads as noise first.
 */
export function ratioInterval(screen: readonly number[], bare: readonly number[], share = 0.9, resamples = 2000): [number, number] {
  if (screen.length === 0 || bare.length === 0) return [NaN, NaN];
  const random = seeded(screen.length * 7919 + bare.length);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) ratios.push(median(resample(screen, random)) / median(resample(bare, random)));
  ratios.sort((a, b) => a - b);
  const cut = Math.floor(((1 - share) / 2) * resamples);
  return [ratios[cut]!, ratios[resamples - 1 - cut]!];
}
