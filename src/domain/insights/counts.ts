/**
 * Counts by id, stored as [id, count] pairs: the ids come from gate sets and people, so they
 * never index a plain object (a criterion called "__proto__" counts like any other).
 */
export type Counts = Array<[id: string, count: number]>;

export function withCount(counts: Counts, id: string, by = 1): Counts {
  const found = counts.some(([key]) => key === id);
  return found ? counts.map(([key, n]) => [key, key === id ? n + by : n]) : [...counts, [id, by]];
}

export function mergeCounts(all: readonly Counts[]): Counts {
  const merged = new Map<string, number>();
  for (const counts of all) for (const [id, n] of counts) merged.set(id, (merged.get(id) ?? 0) + n);
  return [...merged.entries()];
}
