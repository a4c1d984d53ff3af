import * as z from 'zod';
import { commonFields, text } from '../criterion-common';

export const labelsSchema = z
  .strictObject({ ...commonFields, kind: z.literal('labels'), require: z.array(text(255)).optional(), forbid: z.array(text(255)).optional() })
  .refine((c) => (c.require?.length ?? 0) + (c.forbid?.length ?? 0) > 0, { message: 'problems.labelsNeeded' });
export type LabelsCriterion = z.output<typeof labelsSchema>;
