import * as z from 'zod';
import { commonFields } from '../criterion-common';
import { HANDOFF_SECTIONS } from '../../handoff/handoff-sections';

export const handoffCompleteSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('handoff-complete'),
  sections: z
    .array(z.enum(HANDOFF_SECTIONS))
    .min(1)
    .refine((s) => new Set(s).size === s.length, { message: 'problems.sectionTwice' })
    .optional(),
});
export type HandoffCompleteCriterion = z.output<typeof handoffCompleteSchema>;
