import * as z from 'zod';
import { richTextSchema } from '../rich-text/rich-text-schema';

/**
 * The app's own records about one work item (format `shipshape.records/v1`, see docs/records.md).
 * The handoff text is written by engineers; ticks, verifications, approvals and waivers are
 * written only by the app's resolvers after they have checked the caller's rights.
 * Objects keep keys they do not know, so an older app version never drops a newer one's data.
 */
export const RECORDS_FORMAT = 'shipshape.records/v1';

const isoInstant = z.iso.datetime({ offset: true });
const accountId = z.string().min(1).max(128);
const memberships = { groups: z.array(z.string()).optional(), projectRoles: z.array(z.string()).optional() };

export const tickSchema = z.looseObject({ accountId, at: isoInstant });
export const approvalSchema = z.looseObject({ accountId, at: isoInstant, comment: z.string().max(2000).optional(), ...memberships });
export const waiverSchema = z.looseObject({ accountId, at: isoInstant, reason: z.string().max(2000), ...memberships });
/**
 * What QA showed for a result: a file attached to the work item in Jira (the app records what
 * Jira says of it, never what the browser claimed), or a link to a recording, log or build.
 */
export const attachmentEvidenceSchema = z.looseObject({
  kind: z.literal('attachment'),
  id: z.string().regex(/^[0-9]{1,20}$/),
  filename: z.string().min(1).max(255),
  size: z.number().int().min(0).optional(),
  mimeType: z.string().max(255).optional(),
});
export const linkEvidenceSchema = z.looseObject({
  kind: z.literal('link'),
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\//i),
  title: z.string().max(200).optional(),
});
export const evidenceSchema = z.discriminatedUnion('kind', [attachmentEvidenceSchema, linkEvidenceSchema]);

export const verificationSchema = z.looseObject({
  status: z.enum(['passed', 'failed']),
  accountId,
  at: isoInstant,
  note: z.string().max(2000).optional(),
  /** Where it was verified: one of the gate's environments or builds, or what QA typed. */
  environment: z.string().max(100).optional(),
  evidence: z.array(evidenceSchema).max(10).optional(),
  /** The behaviour's text when it was verified: a later edit makes the verification stale. */
  text: z.string(),
  /** The verifier's rights when the app recorded it: memberships the QA verifiers name, and Edit Issues. */
  ...memberships,
  mayEdit: z.boolean().optional(),
});

/** The Jira bug QA created from a failed behaviour, as the app recorded it. */
export const bugSchema = z.looseObject({
  issueId: z.string().regex(/^[0-9]{1,20}$/),
  key: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[0-9]{1,20}$/),
  accountId,
  at: isoInstant,
  /** When the app saw Jira put the bug in a done status (absent while it is not done): the behaviour is then to be retested. */
  doneAt: isoInstant.optional(),
});

/**
 * Handoff text is plain text; where its author used formatting, `adf` (or `<section>Adf`) holds
 * it as Atlassian Document Format and the plain text is derived from it by the app, so every
 * check, search and limit reads the plain text and the panel shows the formatting.
 */
export const behaviourSchema = z.looseObject({ id: z.string().min(1).max(64), text: z.string().max(2000), adf: richTextSchema.optional() });
export const riskAreaSchema = z.looseObject({
  id: z.string().min(1).max(64),
  text: z.string().max(2000),
  adf: richTextSchema.optional(),
  severity: z.enum(['high', 'medium', 'low']),
});

export const handoffSchema = z.looseObject({
  summary: z.string().max(10000).optional(),
  summaryAdf: richTextSchema.optional(),
  expectedBehaviours: z.array(behaviourSchema).max(200).optional(),
  riskAreas: z.array(riskAreaSchema).max(100).optional(),
  testData: z.string().max(10000).optional(),
  testDataAdf: richTextSchema.optional(),
  releaseNotes: z.string().max(10000).optional(),
  releaseNotesAdf: richTextSchema.optional(),
});

export const gateRecordsSchema = z.looseObject({
  ticks: z.record(z.string(), tickSchema).optional(),
  approvals: z.record(z.string(), z.array(approvalSchema)).optional(),
  waivers: z.record(z.string(), waiverSchema).optional(),
});

export const itemRecordsSchema = z.looseObject({
  format: z.literal(RECORDS_FORMAT),
  /** Bumped by every write through the app; a write must name the revision it was based on. Absent: 0. */
  revision: z.number().int().min(0).optional(),
  updatedAt: isoInstant.optional(),
  updatedBy: accountId.optional(),
  handoff: handoffSchema.optional(),
  verifications: z.record(z.string(), verificationSchema).optional(),
  /** Per behaviour id: the bug created from its failure (one; a new one replaces it once it is done). */
  bugs: z.record(z.string(), bugSchema).optional(),
  gates: z.record(z.string(), gateRecordsSchema).optional(),
});

export type Tick = z.infer<typeof tickSchema>;
export type Approval = z.infer<typeof approvalSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
export type Verification = z.infer<typeof verificationSchema>;
export type Bug = z.infer<typeof bugSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Handoff = z.infer<typeof handoffSchema>;
export type GateRecords = z.infer<typeof gateRecordsSchema>;
export type ItemRecords = z.infer<typeof itemRecordsSchema>;

export const emptyRecords = (): ItemRecords => ({ format: RECORDS_FORMAT });

/** The entry stored under `key` in one of the records' maps (own entries only). */
export { ownEntry as recordEntry } from '../own-entry';
