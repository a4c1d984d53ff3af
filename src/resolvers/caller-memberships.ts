import type { Actor, Principals } from '../domain/gates/principals';
import { getUserGroups, type GroupName } from '../jira/get-user-groups';
import { projectRolesHeld } from '../jira/project-roles-held';
import type { JiraAccess, JiraRead } from '../jira/read-jira';

const names = (lists: Array<string[] | undefined>) => [...new Set(lists.flatMap((l) => l ?? []))];
const named = (held: string[], wanted: string[] | undefined) => held.filter((h) => (wanted ?? []).some((w) => w.toLowerCase() === h.toLowerCase()));

/**
 * The caller as the app confirmed them with Jira: the groups and project roles, among those the
 * given principals name, that the person holds now. Nothing comes from the caller's payload.
 * No principal naming a group or role means no Jira call at all.
 */
export async function lookUpMemberships(jira: JiraAccess, project: string, accountId: string, principals: Principals[]): Promise<JiraRead<Actor>> {
  const groupNames = names(principals.map((p) => p.groups));
  const roleNames = names(principals.map((p) => p.projectRoles));
  let userGroups: Promise<JiraRead<GroupName[]>> | undefined;
  const groups = () => (userGroups ??= getUserGroups(jira, accountId));
  let heldGroups: string[] = [];
  if (groupNames.length) {
    const read = await groups();
    if (!read.ok) return read;
    heldGroups = named(
      read.value.map((g) => g.name),
      groupNames,
    );
  }
  const roles = await projectRolesHeld(jira, project, accountId, roleNames, groups);
  if (!roles.ok) return roles;
  return { ok: true, value: { accountId, groups: heldGroups, projectRoles: roles.value } };
}

/** The memberships worth recording on an approval or waiver: those `principals` name. */
export function membershipsFor(actor: Actor, principals: Principals | undefined): { groups?: string[]; projectRoles?: string[] } {
  const groups = named(actor.groups ?? [], principals?.groups);
  const projectRoles = named(actor.projectRoles ?? [], principals?.projectRoles);
  return { ...(groups.length ? { groups } : {}), ...(projectRoles.length ? { projectRoles } : {}) };
}
