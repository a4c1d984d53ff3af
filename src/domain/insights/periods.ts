/** The periods the insights page offers, in weeks back from this one (this one included). Zod-free: the page imports it. */
export const PERIOD_WEEKS = [4, 13, 26, 52] as const;
export const DEFAULT_PERIOD_WEEKS = 13;
