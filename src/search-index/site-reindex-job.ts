import * as z from 'zod';
import { itemCursorSchema, jobFields } from './reindex-job';

/** The re-index of every project the site's templates govern, after they changed (`search-reindex:site`). */
export const SITE_REINDEX_KEY = 'search-reindex:site';

export const siteReindexJobSchema = z.strictObject({
  ...jobFields,
  projects: z.strictObject({
    /** Where the walk through Jira's project list goes on (its `startAt`). */
    next: z.number().int().min(0),
    /** Projects whose items are done, and those whose items could not be searched (`problem` says the latest why). */
    done: z.number().int().min(0),
    failed: z.number().int().min(0),
  }),
  /** The project whose items are being re-indexed now, and where in them. */
  current: z.strictObject({ id: z.string().regex(/^\d{1,18}$/), key: z.string().max(20), cursor: itemCursorSchema }).optional(),
});
export type SiteReindexJob = z.infer<typeof siteReindexJobSchema>;
