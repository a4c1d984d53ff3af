import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { failure, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { Say } from '../domain/words/say';

const answerSchema = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })) });

/** Whether the caller may see one work item, asked of Jira as the caller; refuses otherwise. */
export async function canBrowseItem(deps: IssueResolverDeps, issueKey: string, say: Say): Promise<{ ok: true } | { ok: false; error: ResolverError }> {
  const query = { issueKey, permissions: 'BROWSE_PROJECTS' };
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('getMyPermissions', {}), query }, answerSchema, `your permissions on ${issueKey}`);
  const hidden = failure('NOT_FOUND', say('errors.itemNotFound', { item: issueKey }));
  if (!read.ok) return read.code === 'NOT_FOUND' ? hidden : jiraFailure(read, say('errors.what.checkItemPermissions', { item: issueKey }), say);
  return read.value.permissions['BROWSE_PROJECTS']?.havePermission === true ? { ok: true } : hidden;
}
