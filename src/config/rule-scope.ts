import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { failure, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asApp, asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { readAdminRights } from './admin-rights';
import type { Say } from '../domain/words/say';

/**
 * Whose gates a workflow rule may name. A team-managed project's workflow (the new editor puts
 * its project's id in the context as `extension.scopedProjectId`) belongs to that one project;
 * any other workflow may be shared by many projects.
 */
export type RuleScope = { kind: 'site' } | { kind: 'team-managed'; projectId: string; projectKey: string };
type Scoped = { ok: true; scope: RuleScope } | { ok: false; error: ResolverError };

const contextSchema = z.looseObject({
  extension: z.looseObject({ scopedProjectId: z.union([z.string().regex(/^\d{1,18}$/), z.number().int().nonnegative()]).optional() }).optional(),
});

/** `extension.scopedProjectId` of the Forge context (set by Jira, never taken from the payload), if any. */
export function scopedProjectIdOf(context: unknown): string | undefined | 'invalid' {
  const parsed = contextSchema.safeParse(context ?? {});
  if (!parsed.success) return 'invalid';
  const id = parsed.data.extension?.scopedProjectId;
  return id === undefined ? undefined : String(id);
}

const permissionsSchema = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })) });
const projectSchema = z.looseObject({ id: z.string(), key: z.string() });

/** A team-managed project's workflow: Administer Projects on it (or Administer Jira), asked as the caller; then its key, asked as the app. */
async function teamManagedScope(deps: IssueResolverDeps, projectId: string, say: Say): Promise<Scoped> {
  const query = { projectId, permissions: 'ADMINISTER_PROJECTS,ADMINISTER' };
  const read = await readJira(
    asUser(deps),
    { method: 'GET', path: jiraPath('getMyPermissions', {}), query },
    permissionsSchema,
    `your admin rights on project ${projectId}`,
  );
  if (!read.ok)
    return read.code === 'NOT_FOUND'
      ? failure('NOT_FOUND', say('errors.projectNotFound', { project: projectId }))
      : jiraFailure(read, say('errors.what.checkProjectAdmin'), say);
  const held = (key: string) => read.value.permissions[key]?.havePermission === true;
  if (!held('ADMINISTER_PROJECTS') && !held('ADMINISTER')) return failure('FORBIDDEN', say('errors.teamManagedRules'));
  const project = await readJira(
    asApp(deps),
    { method: 'GET', path: jiraPath('getProject', { projectIdOrKey: projectId }) },
    projectSchema,
    `project ${projectId}`,
  );
  if (!project.ok) return jiraFailure(project, say('errors.what.findProject', { project: projectId }), say);
  return { ok: true, scope: { kind: 'team-managed', projectId, projectKey: project.value.key } };
}

/** Checks the caller may edit the rule's workflow, as the caller, and says whose gates it may name. */
export async function openRuleScope(deps: IssueResolverDeps, context: unknown, say: Say): Promise<Scoped> {
  const projectId = scopedProjectIdOf(context);
  if (projectId === 'invalid') return failure('BAD_INPUT', say('errors.ruleContext'));
  if (projectId !== undefined) return teamManagedScope(deps, projectId, say);
  const rights = await readAdminRights(deps);
  if (!rights.ok) return jiraFailure(rights, say('errors.what.checkJiraAdmin'), say);
  if (!rights.value.jiraAdmin) return failure('FORBIDDEN', say('errors.sharedWorkflowRules'));
  return { ok: true, scope: { kind: 'site' } };
}
