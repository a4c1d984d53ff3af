/** GET /rest/api/3/mypermissions: the caller's permissions, from the demo people's rights. */
import { rightsOf, type Right } from '../auth';
import { jiraError, listParam, sendJson } from '../http';
import { findIssue, findProject, ISSUE_NOT_FOUND } from '../lookup';
import { route, type RouteContext } from '../router';

interface Permission {
  id: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
  right: Right;
}

const PERMISSIONS: Record<string, Permission> = {
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Browse Projects',
    type: 'PROJECT',
    right: 'browse',
    description: 'Ability to browse projects and the issues within them.',
  },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT', right: 'edit', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', right: 'edit', description: 'Ability to edit issues.' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', type: 'PROJECT', right: 'edit', description: 'Ability to assign issues to other people.' },
  RESOLVE_ISSUES: { id: '14', name: 'Resolve Issues', type: 'PROJECT', right: 'transition', description: 'Ability to resolve and reopen issues.' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', type: 'PROJECT', right: 'edit', description: 'Ability to comment on issues.' },
  ASSIGNABLE_USER: { id: '17', name: 'Assignable User', type: 'PROJECT', right: 'edit', description: 'Users with this permission may be assigned to issues.' },
  ADMINISTER_PROJECTS: {
    id: '23',
    name: 'Administer Projects',
    type: 'PROJECT',
    right: 'administerProject',
    description: 'Ability to administer a project in Jira.',
  },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', type: 'PROJECT', right: 'transition', description: 'Ability to transition issues.' },
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    right: 'jiraAdmin',
    description: 'Create and administer projects, issue types, fields, workflows and schemes for all projects.',
  },
  USER_PICKER: {
    id: '27',
    name: 'Browse users and groups',
    type: 'GLOBAL',
    right: 'browse',
    description: 'Ability to select a user or group from a popup window.',
  },
};

/** The project or issue named by the query must exist (404 as Jira answers otherwise). */
function checkContext(ctx: RouteContext): void {
  const { query, state } = ctx;
  const projectRef = query.get('projectId') ?? query.get('projectKey');
  if (projectRef !== null && !findProject(state.data, projectRef)) throw jiraError(404, [`No project could be found with key '${projectRef}'.`]);
  const issueRef = query.get('issueId') ?? query.get('issueKey');
  if (issueRef !== null && !findIssue(state.data, issueRef)) throw jiraError(404, [ISSUE_NOT_FOUND]);
}

/** The admins of the project the query names (by id or key, or through its item), when it keeps its own. */
function projectAdmins({ query, state }: RouteContext): readonly string[] | undefined {
  const issue = findIssue(state.data, query.get('issueId') ?? query.get('issueKey') ?? '');
  const project = findProject(state.data, query.get('projectId') ?? query.get('projectKey') ?? issue?.projectId ?? '');
  return project?.administratorIds;
}

export const permissionRoutes = [
  route('GET', '/rest/api/3/mypermissions', (ctx) => {
    const keys = listParam(ctx.query, 'permissions');
    if (keys.length === 0) throw jiraError(400, ['The permissions parameter is required: list the permission keys to check.']);
    const unknown = keys.find((key) => !Object.hasOwn(PERMISSIONS, key));
    if (unknown !== undefined) throw jiraError(400, [`Permission key '${unknown}' does not exist.`]);
    checkContext(ctx);
    const rights = { ...rightsOf(ctx.caller) };
    // A team-managed project names its own admins.
    const admins = projectAdmins(ctx);
    if (admins) rights.administerProject = ctx.caller.kind === 'app' || admins.includes(ctx.caller.user.accountId);
    const permissions = Object.fromEntries(
      keys.map((key) => {
        const { right, ...permission } = PERMISSIONS[key] as Permission;
        return [key, { ...permission, key, havePermission: rights[right] }];
      }),
    );
    sendJson(ctx.res, 200, { permissions });
  }),
];
