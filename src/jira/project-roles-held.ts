import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';
import type { GroupName } from './get-user-groups';

const roleUrlsSchema = z.record(z.string(), z.string());
const roleSchema = z.looseObject({
  name: z.string(),
  actors: z
    .array(
      z.looseObject({
        actorUser: z.looseObject({ accountId: z.string().optional() }).optional(),
        actorGroup: z.looseObject({ name: z.string().optional(), groupId: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Which of `roleNames` a person holds in a project: `GET …/project/{key}/role` for the role ids,
 * then `GET …/role/{id}` for only the roles named. A person holds a role as a named actor or
 * through a group actor; `groups` is asked only when a role has group actors.
 */
export async function projectRolesHeld(
  jira: JiraAccess,
  project: string,
  accountId: string,
  roleNames: readonly string[],
  groups: () => Promise<JiraRead<GroupName[]>>,
): Promise<JiraRead<string[]>> {
  if (roleNames.length === 0) return { ok: true, value: [] };
  const list = await readJira(
    jira,
    { method: 'GET', path: jiraPath('getProjectRoles', { projectIdOrKey: project }) },
    roleUrlsSchema,
    `the roles of project ${project}`,
  );
  if (!list.ok) return list;
  const held: string[] = [];
  for (const [name, url] of Object.entries(list.value).filter(([n]) => roleNames.some((wanted) => sameName(wanted, n)))) {
    const id = /\/role\/(\d+)\/?$/.exec(url)?.[1];
    if (id === undefined) return { ok: false, code: 'JIRA_BAD_ANSWER', message: `Jira gave no role id for role ${name} of project ${project}` };
    const role = await readJira(
      jira,
      { method: 'GET', path: jiraPath('getProjectRole', { projectIdOrKey: project, id }) },
      roleSchema,
      `role ${name} of project ${project}`,
    );
    if (!role.ok) return role;
    const actors = role.value.actors ?? [];
    if (actors.some((a) => a.actorUser?.accountId === accountId)) {
      held.push(name);
      continue;
    }
    const groupActors = actors.flatMap((a) => (a.actorGroup ? [a.actorGroup] : []));
    if (groupActors.length === 0) continue;
    const mine = await groups();
    if (!mine.ok) return mine;
    const inGroup = groupActors.some((g) =>
      mine.value.some((m) => (g.groupId && m.groupId === g.groupId) || (g.name !== undefined && sameName(g.name, m.name))),
    );
    if (inGroup) held.push(name);
  }
  return { ok: true, value: held };
}
