import * as z from 'zod';
import { commonFields, text } from '../criterion-common';

export const fieldSetSchema = z.strictObject({ ...commonFields, kind: z.literal('field-set'), field: text(255) });
export type FieldSetCriterion = z.output<typeof fieldSetSchema>;
