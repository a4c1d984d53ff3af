import * as z from 'zod';

/** The part of a Confluence page event the decision index uses (events-reference/confluence: Content). */
export const pageEventSchema = z.looseObject({
  eventType: z.string(),
  selfGenerated: z.boolean().optional(),
  content: z.looseObject({
    id: z
      .union([z.string(), z.number()])
      .transform(String)
      .pipe(z.string().regex(/^\d{1,20}$/)),
    type: z.string(),
    status: z.string().optional(),
    space: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
    version: z.looseObject({ number: z.number().int().min(0) }).optional(),
  }),
});

export type PageEvent = z.infer<typeof pageEventSchema>;

/** Events after which the page's decisions no longer count. */
export const REMOVING_EVENTS: ReadonlySet<string> = new Set(['avi:confluence:trashed:page', 'avi:confluence:deleted:page']);
