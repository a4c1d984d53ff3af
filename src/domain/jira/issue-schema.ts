import * as z from 'zod';

/**
 * The parts of Jira's `GET /rest/api/3/issue/{key}` answer (IssueBean) that gates read.
 * Unknown keys are tolerated and dropped: Jira adds fields over time and a gate must not break
 * when it does, and plain (stripping) objects are the fastest to check for 1,000 sub-tasks.
 */
const statusSchema = z.object({
  name: z.string().optional(),
  statusCategory: z.object({ key: z.string() }).optional(),
});

export const linkedIssueSchema = z.object({
  id: z.string().optional(),
  key: z.string(),
  fields: z.object({ status: statusSchema.optional(), summary: z.string().optional() }).optional(),
});

export const issueLinkSchema = z.object({
  id: z.string().optional(),
  type: z.object({ id: z.string().optional(), name: z.string(), inward: z.string().optional(), outward: z.string().optional() }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
});

export const issueTypeSchema = z.object({ id: z.string().optional(), name: z.string() });

export const jiraIssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
  names: z.record(z.string(), z.string()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export type LinkedIssue = z.infer<typeof linkedIssueSchema>;
export type IssueLink = z.infer<typeof issueLinkSchema>;
export type IssueType = z.infer<typeof issueTypeSchema>;
export type JiraIssue = z.infer<typeof jiraIssueSchema>;
