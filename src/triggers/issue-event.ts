import * as z from 'zod';

/**
 * The parts of Jira's `avi:jira:created:issue` / `avi:jira:updated:issue` payload the trigger
 * reads: which item changed, and whether the app itself caused it.
 */
export const issueEventSchema = z.looseObject({
  eventType: z.string().optional(),
  selfGenerated: z.boolean().optional(),
  issue: z.looseObject({
    id: z.union([z.string(), z.number()]).transform(String),
    key: z.string().optional(),
    fields: z
      .looseObject({ project: z.looseObject({ key: z.string().optional(), id: z.union([z.string(), z.number()]).transform(String).optional() }).optional() })
      .optional(),
  }),
});

export type IssueEvent = z.infer<typeof issueEventSchema>;
