import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { failure, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';

const answerSchema = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })) });

/** Whether the caller may see one work item, asked of Jira as the caller; refuses otherwise. */
export async function canBrowseItem(deps: IssueResolverDeps, issueKey: string): Promise<{ ok: true } | { ok: false; error: ResolverError }> {
  const query = { issueKey, permissions: 'BROWSE_PROJECTS' };
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('getMyPermissions', {}), query }, answerSchema, `your permissions on ${issueKey}`);
  const hidden = failure('NOT_FOUND', `Work item ${issueKey} was not found, or you cannot see it.`);
  if (!read.ok) return read.code === 'NOT_FOUND' ? hidden : jiraFailure(read, `check your permissions on ${issueKey}`);
  return read.value.permissions['BROWSE_PROJECTS']?.havePermission === true ? { ok: true } : hidden;
}
