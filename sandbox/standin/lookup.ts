/** Finding things in the stand-in's data, and the 404s Jira answers when they are not there. */
import { can } from './auth';
import { jiraError } from './http';
import type { RouteContext } from './router';
import type { IssueData, LinkData, LinkTypeData, StandInData, Workflow } from './standin-data';

export function byId<T extends { id: string }>(list: readonly T[], id: string | undefined): T | undefined {
  return id === undefined ? undefined : list.find((entry) => entry.id === id);
}

/** For references the seed guarantees: a miss means the data file is inconsistent. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`stand-in data is inconsistent: no ${what}`);
  return value;
}

export function findIssue(data: StandInData, idOrKey: string): IssueData | undefined {
  const wanted = idOrKey.trim().toUpperCase();
  return data.issues.find((issue) => issue.id === wanted || issue.key === wanted);
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

/** The issue the caller may browse, else Jira's 404. */
export function requireIssue(ctx: RouteContext, idOrKey: string): IssueData {
  const issue = findIssue(ctx.state.data, idOrKey);
  if (!issue || !can(ctx.caller, 'browse')) throw jiraError(404, [ISSUE_NOT_FOUND]);
  return issue;
}

export function findProject(data: StandInData, idOrKey: string) {
  const wanted = idOrKey.trim().toUpperCase();
  return data.projects.find((project) => project.id === wanted || project.key === wanted);
}

export function workflowFor(data: StandInData, issue: IssueData): Workflow {
  return must(
    data.workflows.find((w) => w.issueTypeIds.includes(issue.issueTypeId)),
    `workflow for work type ${issue.issueTypeId}`,
  );
}

export function subtasksOf(data: StandInData, issue: IssueData): IssueData[] {
  return data.issues.filter((candidate) => candidate.parentId === issue.id);
}

export interface IssueLinkView {
  link: LinkData;
  type: LinkTypeData;
  /** `inward`: the other item is linked by the type's inward phrase ("is blocked by") from this one. */
  side: 'inwardIssue' | 'outwardIssue';
  other: IssueData;
}

/** The links of `issue` as it sees them: for "A blocks B", A has B as outwardIssue and B has A as inwardIssue. */
export function linksOf(data: StandInData, issue: IssueData): IssueLinkView[] {
  return data.links.flatMap((link): IssueLinkView[] => {
    const type = must(byId(data.linkTypes, link.typeId), `link type ${link.typeId}`);
    if (link.sourceId === issue.id) return [{ link, type, side: 'outwardIssue', other: must(byId(data.issues, link.targetId), `issue ${link.targetId}`) }];
    if (link.targetId === issue.id) return [{ link, type, side: 'inwardIssue', other: must(byId(data.issues, link.sourceId), `issue ${link.sourceId}`) }];
    return [];
  });
}
