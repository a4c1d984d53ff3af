import * as z from 'zod';
import { commonFields, text } from '../criterion-common';

export const linksResolvedSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('links-resolved'),
  linkType: text(255),
  direction: z.enum(['inward', 'outward', 'both']).optional(),
});
export type LinksResolvedCriterion = z.output<typeof linksResolvedSchema>;
