/** Jira's REST shapes of the objects fields and other answers embed (users, statuses, versions…). */
import { APP_ACCOUNT, findUserByAccountId, type DemoUser } from './demo-users';
import { squareAvatar, squareIcon } from './icons';
import { byId, must } from './lookup';
import type { ComponentData, IssueData, IssueTypeData, LinkTypeData, PriorityData, ProjectData, StandInData, StatusData, VersionData } from './standin-data';

export interface Env {
  data: StandInData;
  base: string;
  /** Languages people chose for their Jira profile this session (account id → "de_DE"), over the demo data's. */
  profileLocales?: ReadonlyMap<string, string>;
}

const api = (env: Env, path: string) => `${env.base}/rest/api/3/${path}`;

const CATEGORIES = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
} as const;

export function userDetails(env: Env, accountId: string) {
  const self = api(env, `user?accountId=${encodeURIComponent(accountId)}`);
  if (accountId === APP_ACCOUNT.accountId) {
    return { self, accountId, avatarUrls: APP_ACCOUNT.avatarUrls, displayName: APP_ACCOUNT.displayName, active: true, timeZone: 'Etc/UTC', accountType: 'app' };
  }
  const user = findUserByAccountId(accountId);
  if (!user) return { self, accountId, displayName: 'Former user', active: false, accountType: 'atlassian' };
  return {
    self,
    accountId,
    emailAddress: user.emailAddress,
    avatarUrls: user.avatarUrls,
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
    accountType: 'atlassian',
  };
}

export function groupName(env: Env, name: string, groupId: string | undefined) {
  return { name, ...(groupId ? { groupId } : {}), self: api(env, `group?groupId=${groupId ?? ''}`) };
}

/** The full User of /myself and /user: groups and application roles are listed only when expanded. */
export function fullUser(env: Env, user: DemoUser, groupItems: Array<ReturnType<typeof groupName>> | undefined) {
  return {
    ...userDetails(env, user.accountId),
    locale: env.profileLocales?.get(user.accountId) ?? user.locale,
    groups: { size: user.groups.length, items: groupItems ?? [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}

export function statusObject(env: Env, status: StatusData) {
  const category = CATEGORIES[status.category];
  return {
    self: api(env, `status/${status.id}`),
    description: status.description,
    iconUrl: `${env.base}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: api(env, `statuscategory/${category.id}`),
      id: category.id,
      key: status.category,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

export function issueTypeObject(env: Env, type: IssueTypeData) {
  return {
    self: api(env, `issuetype/${type.id}`),
    id: type.id,
    description: type.description,
    iconUrl: squareIcon(type.name.charAt(0), type.colour),
    name: type.name,
    subtask: type.subtask,
    avatarId: type.avatarId,
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function priorityObject(env: Env, priority: PriorityData) {
  return {
    self: api(env, `priority/${priority.id}`),
    iconUrl: `${env.base}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
  };
}

export const projectAvatarUrls = (project: ProjectData) => squareAvatar(project.key.charAt(0), '#FF5630');

export function projectDetails(env: Env, project: ProjectData) {
  return {
    self: api(env, `project/${project.id}`),
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: projectAvatarUrls(project),
  };
}

export function versionObject(env: Env, version: VersionData) {
  return {
    self: api(env, `version/${version.id}`),
    id: version.id,
    description: version.description,
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.releaseDate ? { releaseDate: version.releaseDate } : {}),
  };
}

export function componentObject(env: Env, component: ComponentData) {
  return { self: api(env, `component/${component.id}`), id: component.id, name: component.name, description: component.description };
}

export function linkTypeObject(env: Env, type: LinkTypeData) {
  return { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: api(env, `issueLinkType/${type.id}`) };
}

/** A work item as sub-tasks, links and `parent` embed it. */
export function linkedIssue(env: Env, issue: IssueData) {
  const { data } = env;
  return {
    id: issue.id,
    key: issue.key,
    self: api(env, `issue/${issue.id}`),
    fields: {
      summary: issue.summary,
      status: statusObject(env, must(byId(data.statuses, issue.statusId), `status ${issue.statusId}`)),
      priority: priorityObject(env, must(byId(data.priorities, issue.priorityId), `priority ${issue.priorityId}`)),
      issuetype: issueTypeObject(env, must(byId(data.issueTypes, issue.issueTypeId), `work type ${issue.issueTypeId}`)),
    },
  };
}

/** The serialisation environment of a request: the data and the request's base URL. */
export const envOf = (ctx: { state: { data: StandInData; profileLocales?: ReadonlyMap<string, string> }; base: string }): Env => ({
  data: ctx.state.data,
  base: ctx.base,
  ...(ctx.state.profileLocales ? { profileLocales: ctx.state.profileLocales } : {}),
});
