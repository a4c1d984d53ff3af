import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira, type JiraRead } from '../jira/read-jira';
import { failure, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';

export interface AdminRights {
  /** Administer Projects on the project asked about (false when no project was named). */
  administerProject: boolean;
  /** Administer Jira (a Jira admin: keeps the site's templates). */
  jiraAdmin: boolean;
}

const answerSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })),
});

/** What the caller may administer, asked of Jira as the caller (`GET /rest/api/3/mypermissions`). */
export async function readAdminRights(deps: IssueResolverDeps, projectKey?: string): Promise<JiraRead<AdminRights>> {
  const keys = projectKey === undefined ? ['ADMINISTER'] : ['ADMINISTER_PROJECTS', 'ADMINISTER'];
  const query: Record<string, string> = { permissions: keys.join(',') };
  if (projectKey !== undefined) query['projectKey'] = projectKey;
  const what = projectKey === undefined ? 'your Jira admin rights' : `your admin rights on project ${projectKey}`;
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('getMyPermissions', {}), query }, answerSchema, what);
  if (!read.ok) return read;
  const held = (key: string) => read.value.permissions[key]?.havePermission === true;
  return { ok: true, value: { administerProject: held('ADMINISTER_PROJECTS'), jiraAdmin: held('ADMINISTER') } };
}

type Checked = { ok: true; rights: AdminRights } | { ok: false; error: ResolverError };

/** Refuses unless the caller may administer `projectKey` (fails closed when Jira does not answer). */
export async function requireProjectAdmin(deps: IssueResolverDeps, projectKey: string, action: string): Promise<Checked> {
  const read = await readAdminRights(deps, projectKey);
  if (!read.ok) {
    if (read.code === 'NOT_FOUND') return failure('NOT_FOUND', `Project ${projectKey} was not found, or you cannot see it.`);
    return jiraFailure(read, 'check your admin rights on this project');
  }
  if (!read.value.administerProject) return failure('FORBIDDEN', `You need the Administer Projects permission on project ${projectKey} to ${action}.`);
  return { ok: true, rights: read.value };
}

/** Refuses unless the caller is a Jira admin. */
export async function requireJiraAdmin(deps: IssueResolverDeps, action: string): Promise<Checked> {
  const read = await readAdminRights(deps);
  if (!read.ok) return jiraFailure(read, 'check your Jira admin rights');
  if (!read.value.jiraAdmin) return failure('FORBIDDEN', `Only a Jira admin (Administer Jira permission) may ${action}.`);
  return { ok: true, rights: read.value };
}
