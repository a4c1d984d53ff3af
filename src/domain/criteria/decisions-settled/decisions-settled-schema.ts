import * as z from 'zod';
import { commonFields } from '../criterion-common';

export const decisionsSettledSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('decisions-settled'),
  /** A deferred decision counts as settled (by default only a decided one does). */
  allowDeferred: z.boolean().optional(),
  /** Whether a settled decision also needs its Approver's current approval (the default). */
  requireApproval: z.boolean().optional(),
});
export type DecisionsSettledCriterion = z.output<typeof decisionsSettledSchema>;
