/** The project, its roles and each role's actors (demo people by role, the app in the add-ons role). */
import { APP_ACCOUNT, findUserByAccountId, usersInRole } from '../demo-users';
import { can } from '../auth';
import { jiraError, sendJson } from '../http';
import { componentObject, envOf, fullUser, issueTypeObject, projectAvatarUrls, versionObject, type Env } from '../jira-objects';
import { byId, findProject, must } from '../lookup';
import { route, type RouteContext } from '../router';
import type { ProjectData } from '../standin-data';

export const PROJECT_ROLES = [
  { id: 10002, name: 'Administrators', description: 'A project role that represents administrators in a project' },
  { id: 10003, name: 'atlassian-addons-project-access', description: 'A project role that represents Connect and Forge apps permitted access to this project' },
  { id: 10100, name: 'Developers', description: 'Engineers who build the work items' },
  { id: 10101, name: 'QA', description: 'Testers who verify the handoff package' },
  { id: 10102, name: 'Product', description: 'Product managers who own the specs and decisions' },
  { id: 10103, name: 'Viewers', description: 'People who can browse the project but not change it' },
] as const;

function requireProject(ctx: RouteContext): ProjectData {
  const ref = ctx.params.projectIdOrKey ?? '';
  const project = findProject(ctx.state.data, ref);
  if (!project) throw jiraError(404, [`No project could be found with key '${ref}'.`]);
  return project;
}

const roleUrl = (env: Env, project: ProjectData, id: number) => `${env.base}/rest/api/3/project/${project.id}/role/${id}`;

function roleActors(role: (typeof PROJECT_ROLES)[number]) {
  const people =
    role.name === 'atlassian-addons-project-access' ? [{ accountId: APP_ACCOUNT.accountId, displayName: APP_ACCOUNT.displayName }] : usersInRole(role.name);
  return people.map((person, i) => ({
    id: role.id * 10 + i,
    displayName: person.displayName,
    type: 'atlassian-user-role-actor',
    actorUser: { accountId: person.accountId },
  }));
}

/** A project as Jira's project search lists it. */
const listedProject = (env: Env, project: ProjectData) => ({
  expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
  self: `${env.base}/rest/api/3/project/${project.id}`,
  id: project.id,
  key: project.key,
  name: project.name,
  avatarUrls: projectAvatarUrls(project),
  projectTypeKey: 'software',
  simplified: project.teamManaged === true,
  style: project.teamManaged ? 'next-gen' : 'classic',
  isPrivate: false,
  properties: {},
});

export const projectRoutes = [
  // Listed before /project/{projectIdOrKey}, which would otherwise take "search" for a key.
  route('GET', '/rest/api/3/project/search', (ctx) => {
    const env = envOf(ctx);
    const query = (ctx.query.get('query') ?? '').toLowerCase();
    const maxResults = Math.min(100, Math.max(1, Number(ctx.query.get('maxResults') ?? '50') || 50));
    const startAt = Math.max(0, Number(ctx.query.get('startAt') ?? '0') || 0);
    const orderBy = ctx.query.get('orderBy') ?? 'key';
    if (!['key', '+key', '-key', 'name', '+name', '-name'].includes(orderBy))
      return sendJson(ctx.res, 400, { errorMessages: [`The stand-in orders projects by key or name only, not '${orderBy}'.`] });
    const field = orderBy.endsWith('name') ? 'name' : 'key';
    const matching = (
      can(ctx.caller, 'browse') ? ctx.state.data.projects.filter((p) => p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query)) : []
    ).sort((a, b) => a[field].localeCompare(b[field]) * (orderBy.startsWith('-') ? -1 : 1));
    const values = matching.slice(startAt, startAt + maxResults).map((p) => listedProject(env, p));
    sendJson(ctx.res, 200, {
      self: `${env.base}/rest/api/3/project/search?maxResults=${maxResults}&startAt=${startAt}`,
      maxResults,
      startAt,
      total: matching.length,
      isLast: startAt + maxResults >= matching.length,
      values,
    });
  }),
  route('GET', '/rest/api/3/project/{projectIdOrKey}', (ctx) => {
    const env = envOf(ctx);
    const project = requireProject(ctx);
    const lead = must(findUserByAccountId(project.leadAccountId), `project lead ${project.leadAccountId}`);
    sendJson(ctx.res, 200, {
      ...listedProject(env, project),
      description: project.description,
      lead: fullUser(env, lead, undefined),
      components: project.components.map((c) => ({
        ...componentObject(env, c),
        assigneeType: 'PROJECT_DEFAULT',
        realAssigneeType: 'PROJECT_DEFAULT',
        isAssigneeTypeValid: false,
        project: project.key,
        projectId: Number(project.id),
      })),
      issueTypes: project.issueTypeIds.map((id) => issueTypeObject(env, must(byId(ctx.state.data.issueTypes, id), `work type ${id}`))),
      assigneeType: 'UNASSIGNED',
      versions: project.versions.map((v) => ({ ...versionObject(env, v), projectId: Number(project.id) })),
      roles: Object.fromEntries(PROJECT_ROLES.map((role) => [role.name, roleUrl(env, project, role.id)])),
    });
  }),
  route('GET', '/rest/api/3/project/{projectIdOrKey}/role', (ctx) => {
    const project = requireProject(ctx);
    sendJson(ctx.res, 200, Object.fromEntries(PROJECT_ROLES.map((role) => [role.name, roleUrl(envOf(ctx), project, role.id)])));
  }),
  route('GET', '/rest/api/3/project/{projectIdOrKey}/role/{id}', (ctx) => {
    const project = requireProject(ctx);
    const role = PROJECT_ROLES.find((r) => String(r.id) === ctx.params.id);
    if (!role) throw jiraError(404, [`Can not retrieve a role actor for a null project role.`]);
    sendJson(ctx.res, 200, {
      self: roleUrl(envOf(ctx), project, role.id),
      name: role.name,
      id: role.id,
      description: role.description,
      actors: roleActors(role),
    });
  }),
];
