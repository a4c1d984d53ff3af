import * as z from 'zod';

import { PERIOD_WEEKS } from './periods';

export { DEFAULT_PERIOD_WEEKS, PERIOD_WEEKS } from './periods';

/** A project as the dashboard gadget's settings name it. */
export const gadgetProjectSchema = z.strictObject({ id: z.string().regex(/^\d{1,18}$/), key: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/) });

/** What the insights page asks for: a gate of the page's project (default: the one with the most attempts) and a period. */
export const insightsQuerySchema = z.strictObject({
  gateId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  weeks: z.literal(PERIOD_WEEKS).optional(),
  /** Only from the dashboard gadget, whose settings name a project (the page takes its own). */
  project: gadgetProjectSchema.optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;
