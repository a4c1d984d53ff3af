import * as z from 'zod';

import { PERIOD_WEEKS } from './periods';

export { DEFAULT_PERIOD_WEEKS, PERIOD_WEEKS } from './periods';

/** What the insights page asks for: a gate of the page's project (default: the one with the most attempts) and a period. */
export const insightsQuerySchema = z.strictObject({
  gateId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  weeks: z.literal(PERIOD_WEEKS).optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;
