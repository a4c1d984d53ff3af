/** Whole days from one instant to a later one (ISO 8601); 0 within a day, never negative, 0 for a date it cannot read. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 86_400_000) : 0;
}
