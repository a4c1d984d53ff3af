import * as z from 'zod';
import { MAX_CRITERIA_PER_GATE } from '../gates/gate-schema';

/**
 * What Shipshape keeps of each gate decision (docs/insights.md): a validator run (`attempt`),
 * a waiver recorded or revoked, a behaviour verified. Sent on Forge's async events queue and
 * kept in the project's event log; the insight figures are worked out from them as they arrive.
 * Ids are those Jira and the gate set use; `id` is the event's own, so a redelivered event
 * (the queue delivers at least once) is counted once.
 */
const slug = z.string().regex(/^[a-z0-9-]{1,64}$/);
const numericId = z.string().regex(/^\d{1,18}$/);
const common = {
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  /** When it happened, epoch milliseconds. */
  at: z.number().int().min(0),
  projectId: numericId,
  itemId: numericId,
  itemKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-\d{1,18}$/),
  /** Who did it; absent when the platform did not say (see docs/insights.md). */
  by: z.string().min(1).max(128).optional(),
};
const criterionIds = z.array(slug).max(MAX_CRITERIA_PER_GATE);

export const attemptEventSchema = z.strictObject({
  ...common,
  kind: z.literal('attempt'),
  gateId: slug,
  /** The statuses the transition leaves and enters (Jira's ids). */
  from: z.string().max(32).optional(),
  to: z.string().max(32).optional(),
  passed: z.boolean(),
  /** The required criteria that failed (a blocked attempt names at least one, unless the gate could not be checked). */
  failing: criterionIds,
  /** The criteria that passed only because they were waived. */
  waived: criterionIds,
});

export const waiverEventSchema = z.strictObject({
  ...common,
  kind: z.enum(['waived', 'waiver-revoked']),
  gateId: slug,
  criterionId: slug,
});

export const verificationEventSchema = z.strictObject({
  ...common,
  kind: z.literal('verified'),
  behaviourId: z.string().min(1).max(64),
  status: z.enum(['passed', 'failed']),
});

export const gateEventSchema = z.discriminatedUnion('kind', [attemptEventSchema, waiverEventSchema, verificationEventSchema]);

export type AttemptEvent = z.infer<typeof attemptEventSchema>;
export type WaiverEvent = z.infer<typeof waiverEventSchema>;
export type VerificationEvent = z.infer<typeof verificationEventSchema>;
export type GateEvent = z.infer<typeof gateEventSchema>;
