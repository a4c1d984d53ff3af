/** The value of each field in Jira's GET-issue shape, from the stand-in's compact issue data. */
import { byId, linksOf, must, subtasksOf } from './lookup';
import {
  componentObject,
  issueTypeObject,
  linkTypeObject,
  linkedIssue,
  priorityObject,
  projectDetails,
  statusObject,
  userDetails,
  versionObject,
  type Env,
} from './jira-objects';
import type { FieldData, IssueData } from './standin-data';
import { attachmentObject } from './attachment-files';

/** Returned for a field the issue does not have at all (Jira leaves `parent` out of a top-level item). */
export const OMIT = Symbol('omit');
type FieldValue = (env: Env, issue: IssueData) => unknown;

const api = (env: Env, path: string) => `${env.base}/rest/api/3/${path}`;
const user = (env: Env, accountId: string | null) => (accountId === null ? null : userDetails(env, accountId));
const projectOf = (env: Env, issue: IssueData) => must(byId(env.data.projects, issue.projectId), `project ${issue.projectId}`);

const SYSTEM: Record<string, FieldValue> = {
  summary: (_env, issue) => issue.summary,
  issuetype: (env, issue) => issueTypeObject(env, must(byId(env.data.issueTypes, issue.issueTypeId), `work type ${issue.issueTypeId}`)),
  parent: (env, issue) => (issue.parentId === undefined ? OMIT : linkedIssue(env, must(byId(env.data.issues, issue.parentId), `issue ${issue.parentId}`))),
  status: (env, issue) => statusObject(env, must(byId(env.data.statuses, issue.statusId), `status ${issue.statusId}`)),
  statuscategorychangedate: (_env, issue) => issue.statusCategoryChangeDate,
  priority: (env, issue) => priorityObject(env, must(byId(env.data.priorities, issue.priorityId), `priority ${issue.priorityId}`)),
  project: (env, issue) => projectDetails(env, projectOf(env, issue)),
  description: (_env, issue) => issue.description,
  assignee: (env, issue) => user(env, issue.assigneeId),
  reporter: (env, issue) => user(env, issue.reporterId),
  creator: (env, issue) => user(env, issue.creatorId),
  labels: (_env, issue) => [...issue.labels],
  fixVersions: (env, issue) => issue.fixVersionIds.map((id) => versionObject(env, must(byId(projectOf(env, issue).versions, id), `version ${id}`))),
  versions: () => [],
  components: (env, issue) => issue.componentIds.map((id) => componentObject(env, must(byId(projectOf(env, issue).components, id), `component ${id}`))),
  subtasks: (env, issue) => subtasksOf(env.data, issue).map((subtask) => linkedIssue(env, subtask)),
  issuelinks: (env, issue) =>
    linksOf(env.data, issue).map(({ link, type, side, other }) => ({
      id: link.id,
      self: api(env, `issueLink/${link.id}`),
      type: linkTypeObject(env, type),
      [side]: linkedIssue(env, other),
    })),
  duedate: (_env, issue) => issue.duedate,
  resolution: (env, issue) => {
    const resolution = byId(env.data.resolutions, issue.resolutionId ?? undefined);
    return resolution ? { self: api(env, `resolution/${resolution.id}`), id: resolution.id, description: resolution.description, name: resolution.name } : null;
  },
  resolutiondate: (_env, issue) => issue.resolutionDate,
  created: (_env, issue) => issue.created,
  updated: (_env, issue) => issue.updated,
  attachment: (env, issue) => env.data.attachments.filter((a) => a.issueId === issue.id).map((a) => attachmentObject(env, a)),
  comment: (env, issue) => ({ comments: [], self: api(env, `issue/${issue.id}/comment`), maxResults: 0, total: 0, startAt: 0 }),
};

function customValue(env: Env, issue: IssueData, field: FieldData): unknown {
  const raw = issue.custom[field.id];
  if (raw === undefined || raw === null) return null;
  if (field.schema?.type !== 'option') return structuredClone(raw);
  const option = field.options?.find((o) => o.id === raw);
  return option ? { self: api(env, `customFieldOption/${option.id}`), value: option.value, id: option.id } : null;
}

export function fieldValue(env: Env, issue: IssueData, field: FieldData): unknown {
  if (field.custom) return customValue(env, issue, field);
  const read = SYSTEM[field.id];
  return read ? read(env, issue) : OMIT;
}
