import * as z from 'zod';
import { somebodySchema } from '../gates/principals';

export const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'problems.slug');
export const text = (max: number) => z.string().trim().min(1).max(max);

/** The fields every criterion has, whatever its kind. */
export const commonFields = {
  id: slug,
  label: text(200).optional(),
  required: z.boolean().optional(),
  hint: text(1000).optional(),
  waivableBy: somebodySchema.optional(),
};
