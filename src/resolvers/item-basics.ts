import * as z from 'zod';
import type { JiraIssue } from '../domain/jira/issue-schema';

const basicsSchema = z.looseObject({
  summary: z.string().optional().catch(undefined),
  issuetype: z.looseObject({ id: z.string().optional(), name: z.string() }).optional().catch(undefined),
  status: z
    .looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() })
    .optional()
    .catch(undefined),
  project: z.looseObject({ id: z.string().optional(), key: z.string(), name: z.string().optional() }).optional().catch(undefined),
});

/** What the panel shows about the work item itself. */
export interface ItemBasics {
  id: string;
  key: string;
  summary?: string;
  issueType?: { id?: string; name: string };
  status?: { name: string; category?: string };
  project?: { id?: string; key: string; name?: string };
}

/** Fields the panel asks for on top of those its gates need (the links give the status of the bugs QA filed). */
export const BASIC_FIELDS = ['summary', 'issuetype', 'status', 'project', 'issuelinks'];

export function itemBasics(issue: JiraIssue): ItemBasics {
  const f = basicsSchema.parse(issue.fields);
  return {
    id: issue.id,
    key: issue.key,
    ...(f.summary !== undefined ? { summary: f.summary } : {}),
    ...(f.issuetype ? { issueType: { ...(f.issuetype.id ? { id: f.issuetype.id } : {}), name: f.issuetype.name } } : {}),
    ...(f.status ? { status: { name: f.status.name, ...(f.status.statusCategory ? { category: f.status.statusCategory.key } : {}) } } : {}),
    ...(f.project
      ? { project: { ...(f.project.id ? { id: f.project.id } : {}), key: f.project.key, ...(f.project.name ? { name: f.project.name } : {}) } }
      : {}),
  };
}
