/**
 * The app's write limits (docs/resolvers.md#limits), for the live counters. A copy of the
 * domain's RECORD_LIMITS (importing that module would bundle zod); a test keeps them equal.
 */
export const RECORD_LIMITS = {
  sectionCharacters: 10_000,
  behaviours: 200,
  riskAreas: 100,
  entryCharacters: 2_000,
  noteCharacters: 2_000,
} as const;
