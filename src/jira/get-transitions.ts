import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';

/** A transition the person may take now, as Jira names it. */
export interface AvailableTransition {
  id: string;
  name: string;
  /** The status it leads to. */
  to?: string;
}

const answerSchema = z.looseObject({
  transitions: z
    .array(
      z.looseObject({
        id: z.union([z.string(), z.number()]).transform(String),
        name: z.string(),
        to: z.looseObject({ name: z.string() }).optional(),
      }),
    )
    .max(500)
    .optional(),
});

/** The transitions the calling person may take on a work item (`GET /rest/api/3/issue/{id}/transitions`, as the user). */
export async function getTransitions(jira: JiraAccess, issueId: string): Promise<JiraRead<AvailableTransition[]>> {
  const request = { method: 'GET' as const, path: jiraPath('getTransitions', { issueIdOrKey: issueId }), query: {} };
  const read = await readJira(jira, request, answerSchema, `the transitions of work item ${issueId}`);
  if (!read.ok) return read;
  return { ok: true, value: (read.value.transitions ?? []).map((t) => ({ id: t.id, name: t.name, ...(t.to ? { to: t.to.name } : {}) })) };
}
