import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira, type JiraRead } from '../jira/read-jira';
import { failure, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { Say } from '../domain/words/say';

/** What Administer Projects is needed for, in a refusal (errors.what.*). */
export type ProjectAction = 'configureGates' | 'changeGates' | 'deleteGates' | 'importGates' | 'exportGates' | 'tryGates' | 'pickGroups' | 'pickPeople';
/** What Administer Jira is needed for, in a refusal (errors.what.*). */
export type SiteAction = 'seeTemplates' | 'changeTemplates' | 'searchGroups' | 'searchPeople' | 'changeRetention';

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
export async function requireProjectAdmin(deps: IssueResolverDeps, projectKey: string, action: ProjectAction, say: Say): Promise<Checked> {
  const read = await readAdminRights(deps, projectKey);
  if (!read.ok) {
    if (read.code === 'NOT_FOUND') return failure('NOT_FOUND', say('errors.projectNotFound', { project: projectKey }));
    return jiraFailure(read, say('errors.what.checkProjectAdmin'), say);
  }
  if (!read.value.administerProject) return failure('FORBIDDEN', say('errors.needProjectAdmin', { project: projectKey, what: say(`errors.what.${action}`) }));
  return { ok: true, rights: read.value };
}

/** Refuses unless the caller is a Jira admin. */
export async function requireJiraAdmin(deps: IssueResolverDeps, action: SiteAction, say: Say): Promise<Checked> {
  const read = await readAdminRights(deps);
  if (!read.ok) return jiraFailure(read, say('errors.what.checkJiraAdmin'), say);
  if (!read.value.jiraAdmin) return failure('FORBIDDEN', say('errors.needJiraAdmin', { what: say(`errors.what.${action}`) }));
  return { ok: true, rights: read.value };
}
