/** The Jira look-ups behind the resolvers' permission checks: every unclear answer is a refusal, never a grant. */
import { getMyPermissions } from '../../src/jira/get-my-permissions';
import { projectRolesHeld } from '../../src/jira/project-roles-held';
import { getUserGroups } from '../../src/jira/get-user-groups';
import { fakeClock, jiraResponse, recordingJira, scriptedJira } from '../support/fakes';
import type { JiraClient } from '../../src/ports/jira-client';

const RETRY = { attempts: 3, budgetMs: 8000, attemptTimeoutMs: 4000, backoffMs: 300 };
const access = (client: JiraClient) => ({ client, clock: fakeClock(), retry: RETRY });
const SITE = 'https://shipshape-test.atlassian.net';
const ME = '712020:0e9a6f2c-41b7-4a64-9d57-3a1f0b9c2d11';

describe('getMyPermissions', () => {
  it('counts a permission Jira leaves out, or reports without havePermission, as not held', async () => {
    const jira = scriptedJira([
      jiraResponse(200, {
        permissions: { BROWSE_PROJECTS: { id: '10', key: 'BROWSE_PROJECTS', havePermission: true }, EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES' } },
      }),
    ]);
    expect(await getMyPermissions(access(jira), '10123', ['BROWSE_PROJECTS', 'EDIT_ISSUES'])).toEqual({
      ok: true,
      value: { BROWSE_PROJECTS: true, EDIT_ISSUES: false },
    });
    expect(jira.requests[0]).toMatchObject({
      method: 'GET',
      path: '/rest/api/3/mypermissions',
      query: { issueId: '10123', permissions: 'BROWSE_PROJECTS,EDIT_ISSUES' },
    });
  });

  it.each([
    [404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] }, 'NOT_FOUND'],
    [401, { errorMessages: ['Client must be authenticated'] }, 'JIRA_REFUSED'],
    [400, { errorMessages: ["Permission key 'X' does not exist."] }, 'JIRA_BAD_ANSWER'],
    [200, { permissions: 'all' }, 'JIRA_BAD_ANSWER'],
    [200, '<html>maintenance</html>', 'JIRA_BAD_ANSWER'],
  ])('answers HTTP %i %j as %s', async (status, body, code) => {
    expect(await getMyPermissions(access(scriptedJira([jiraResponse(status, body)])), '10123', ['BROWSE_PROJECTS'])).toMatchObject({ ok: false, code });
  });
});

describe('projectRolesHeld', () => {
  const roles = { Administrators: `${SITE}/rest/api/3/project/10000/role/10002`, Developers: `${SITE}/rest/api/3/project/10000/role/10100/` };
  const role = (name: string, actors: unknown[]) => ({ self: roles.Administrators, name, id: 10002, actors });

  it('asks nothing when no role is named', async () => {
    const jira = recordingJira(() => jiraResponse(500));
    expect(await projectRolesHeld(access(jira), 'ABC', ME, [], async () => ({ ok: true, value: [] }))).toEqual({ ok: true, value: [] });
    expect(jira.requests).toEqual([]);
  });

  it('finds a role held through a group actor matched by name when Jira gives no group id, names matched without regard to case', async () => {
    const jira = scriptedJira([
      jiraResponse(200, roles),
      jiraResponse(
        200,
        role('Administrators', [
          { id: 1, displayName: 'Admins', type: 'atlassian-group-role-actor', actorGroup: { name: 'Project-Admins', displayName: 'Admins' } },
        ]),
      ),
    ]);
    let groupCalls = 0;
    const groups = async () => {
      groupCalls += 1;
      return { ok: true as const, value: [{ name: 'project-admins', groupId: null }] };
    };
    expect(await projectRolesHeld(access(jira), 'ABC', ME, ['administrators'], groups)).toEqual({ ok: true, value: ['Administrators'] });
    expect(jira.requests.map((r) => r.path)).toEqual(['/rest/api/3/project/ABC/role', '/rest/api/3/project/ABC/role/10002']);
    expect(groupCalls).toBe(1);
  });

  it('matches a group actor by id when the group was renamed since', async () => {
    const jira = scriptedJira([
      jiraResponse(200, roles),
      jiraResponse(200, role('Administrators', [{ id: 1, type: 'atlassian-group-role-actor', actorGroup: { name: 'admins-2019', groupId: 'a1b2c3d4' } }])),
    ]);
    const groups = async () => ({ ok: true as const, value: [{ name: 'project-admins', groupId: 'a1b2c3d4' }] });
    expect(await projectRolesHeld(access(jira), 'ABC', ME, ['Administrators'], groups)).toEqual({ ok: true, value: ['Administrators'] });
  });

  it('does not ask for groups when the role has only user actors, and reads role ids from URLs with a trailing slash', async () => {
    const jira = scriptedJira([
      jiraResponse(200, roles),
      jiraResponse(200, role('Developers', [{ id: 2, type: 'atlassian-user-role-actor', actorUser: { accountId: 'someone-else' } }])),
    ]);
    const groups = jest.fn();
    expect(await projectRolesHeld(access(jira), 'ABC', ME, ['Developers'], groups)).toEqual({ ok: true, value: [] });
    expect(jira.requests[1]?.path).toBe('/rest/api/3/project/ABC/role/10100');
    expect(groups).not.toHaveBeenCalled();
  });

  it('fails (never grants) when a role URL has no id, or the group look-up fails', async () => {
    const noId = scriptedJira([jiraResponse(200, { Administrators: `${SITE}/rest/api/3/project/10000/role/admins` })]);
    expect(await projectRolesHeld(access(noId), 'ABC', ME, ['Administrators'], async () => ({ ok: true, value: [] }))).toMatchObject({
      ok: false,
      code: 'JIRA_BAD_ANSWER',
    });
    const groupActor = scriptedJira([
      jiraResponse(200, roles),
      jiraResponse(200, role('Administrators', [{ id: 1, type: 'atlassian-group-role-actor', actorGroup: { name: 'admins', groupId: 'g1' } }])),
    ]);
    const failing = async () => ({ ok: false as const, code: 'JIRA_UNAVAILABLE' as const, message: 'Jira answered 503' });
    expect(await projectRolesHeld(access(groupActor), 'ABC', ME, ['Administrators'], failing)).toEqual({
      ok: false,
      code: 'JIRA_UNAVAILABLE',
      message: 'Jira answered 503',
    });
  });
});

describe('getUserGroups', () => {
  it('reads the group names of a person, with the account id in the query', async () => {
    const jira = scriptedJira([
      jiraResponse(200, [{ name: 'qa', groupId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', self: `${SITE}/rest/api/3/group?groupId=5b6c7d8e` }]),
    ]);
    expect(await getUserGroups(access(jira), ME)).toEqual({
      ok: true,
      value: [{ name: 'qa', groupId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', self: `${SITE}/rest/api/3/group?groupId=5b6c7d8e` }],
    });
    expect(jira.requests[0]?.query).toEqual({ accountId: ME });
  });
});
