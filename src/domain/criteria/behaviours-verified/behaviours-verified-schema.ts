import * as z from 'zod';
import { commonFields } from '../criterion-common';

export const behavioursVerifiedSchema = z.strictObject({ ...commonFields, kind: z.literal('behaviours-verified') });
export type BehavioursVerifiedCriterion = z.output<typeof behavioursVerifiedSchema>;
