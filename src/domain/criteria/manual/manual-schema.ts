import * as z from 'zod';
import { commonFields } from '../criterion-common';

export const manualSchema = z.strictObject({ ...commonFields, kind: z.literal('manual') });
export type ManualCriterion = z.output<typeof manualSchema>;
