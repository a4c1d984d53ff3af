/**
 * What the app lets people write, kept below the platform's caps (a `@forge/kvs` value may be
 * 240 KiB) and within the records format's own limits, so every record it writes stays valid.
 * Plain values with no imports: the panel's live counters use them without bundling zod.
 */
export const RECORD_LIMITS = {
  sectionCharacters: 10_000,
  behaviours: 200,
  riskAreas: 100,
  entryCharacters: 2_000,
  noteCharacters: 2_000,
  environmentCharacters: 100,
  /** Files and links on one result. */
  evidence: 10,
  linkCharacters: 2_000,
  linkTitleCharacters: 200,
  /** The largest file QA may attach as evidence (Jira's own cap is the site's; this keeps the bridge's base64 copy reasonable). */
  evidenceFileBytes: 10 * 1024 * 1024,
  recordBytes: 200 * 1024,
} as const;
