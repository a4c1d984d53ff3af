import * as z from 'zod';
import { commonFields } from '../criterion-common';
import { somebodySchema } from '../../gates/principals';

export const approvalSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('approval'),
  approvers: somebodySchema,
  count: z.number().int().min(1).max(20).optional(),
});
export type ApprovalCriterion = z.output<typeof approvalSchema>;
