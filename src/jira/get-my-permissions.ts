import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';

export type PermissionKey = 'BROWSE_PROJECTS' | 'EDIT_ISSUES';

const answerSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })),
});

/**
 * What the calling person may do on one work item (`GET /rest/api/3/mypermissions` with a
 * user-scoped client). A permission Jira leaves out of its answer counts as not held.
 */
export async function getMyPermissions(jira: JiraAccess, issueId: string, keys: readonly PermissionKey[]): Promise<JiraRead<Record<PermissionKey, boolean>>> {
  const request = { method: 'GET' as const, path: jiraPath('getMyPermissions', {}), query: { issueId, permissions: keys.join(',') } };
  const read = await readJira(jira, request, answerSchema, `your permissions on work item ${issueId}`);
  if (!read.ok) return read;
  const held = (key: PermissionKey) => read.value.permissions[key]?.havePermission === true;
  return { ok: true, value: { BROWSE_PROJECTS: held('BROWSE_PROJECTS'), EDIT_ISSUES: held('EDIT_ISSUES') } };
}
