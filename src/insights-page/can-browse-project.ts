import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { failure, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { Say } from '../domain/words/say';

const answerSchema = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })) });

/** Refuses unless the caller may browse the project, asked of Jira as the caller (fails closed when Jira does not answer). */
export async function canBrowseProject(
  deps: IssueResolverDeps,
  project: { id: string; key: string },
  say: Say,
): Promise<{ ok: true } | { ok: false; error: ResolverError }> {
  const query = { projectId: project.id, permissions: 'BROWSE_PROJECTS' };
  const read = await readJira(
    asUser(deps),
    { method: 'GET', path: jiraPath('getMyPermissions', {}), query },
    answerSchema,
    `your permissions on project ${project.key}`,
  );
  const refused = failure('FORBIDDEN', say('errors.cannotBrowseProject', { project: project.key }));
  if (!read.ok) return read.code === 'NOT_FOUND' ? refused : jiraFailure(read, say('errors.what.checkProjectBrowse', { project: project.key }), say);
  return read.value.permissions['BROWSE_PROJECTS']?.havePermission === true ? { ok: true } : refused;
}
