import * as z from 'zod';

/**
 * The parts of Jira's `avi:jira:created:issue` / `avi:jira:updated:issue` payload the trigger
 * reads: which item changed, and whether the app itself caused it.
 */
export const issueEventSchema = z.looseObject({
  eventType: z.string().optional(),
  selfGenerated: z.boolean().optional(),
  /** Who caused the event, when Jira says (the audit trail names them). */
  atlassianId: z.string().min(1).max(128).optional().catch(undefined),
  issue: z.looseObject({
    id: z.union([z.string(), z.number()]).transform(String),
    key: z.string().optional(),
    fields: z
      .looseObject({
        project: z.looseObject({ key: z.string().optional(), id: z.union([z.string(), z.number()]).transform(String).optional() }).optional(),
        /** Forge's issue events carry the work type (its documented filter example reads it); a sub-task's parent, when given, spares a Get issue. */
        issuetype: z.looseObject({ subtask: z.boolean().optional() }).optional().catch(undefined),
        parent: z
          .looseObject({ id: z.union([z.string(), z.number()]).transform(String) })
          .optional()
          .catch(undefined),
      })
      .optional(),
  }),
  /** What changed (`avi:jira:updated:issue`): each field by id; an unreadable changelog is read as none (every change counts). */
  changelog: z
    .looseObject({ items: z.array(z.looseObject({ fieldId: z.string().optional(), field: z.string().optional() })).max(500) })
    .optional()
    .catch(undefined),
});

export type IssueEvent = z.infer<typeof issueEventSchema>;
