import * as z from 'zod';
import { jiraPath } from './jira-path';
import type { JiraAccess } from './read-jira';
import { sendWrite, type JiraWrite } from './send-write';

const createdSchema = z.looseObject({ id: z.string(), key: z.string() });

/** `POST /rest/api/3/issue` (not repeated unless Jira answered 429): the new issue's id and key. */
export async function createIssue(jira: JiraAccess, fields: Record<string, unknown>): Promise<JiraWrite<{ id: string; key: string }>> {
  const sent = await sendWrite(jira, { method: 'POST', path: jiraPath('createIssue', {}), body: { fields } });
  if (!sent.ok) return sent;
  const created = createdSchema.safeParse(sent.value);
  if (created.success) return { ok: true, value: { id: created.data.id, key: created.data.key } };
  return { ok: false, status: undefined, messages: ['Jira answered without the new issue’s key'], uncertain: true };
}
