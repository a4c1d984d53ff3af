import { fail, listSome, pass, plural, type CriterionRule } from '../criterion-rule';
import type { LinksResolvedCriterion } from './links-resolved-schema';
import { describeLinked, isDone, type IssueView } from '../../jira/issue-view';
import type { IssueLink, LinkedIssue } from '../../jira/issue-schema';

/** Matches the link type by name or id, case-insensitively ("Blocks", "blocks", "10000"). */
function sameType(link: IssueLink, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  return link.type.name.toLowerCase() === w || link.type.id === wanted.trim();
}

function linkedItems(links: IssueLink[], c: LinksResolvedCriterion): LinkedIssue[] {
  const direction = c.direction ?? 'inward';
  return links
    .filter((link) => sameType(link, c.linkType))
    .flatMap((link) => [
      ...(direction !== 'outward' && link.inwardIssue ? [link.inwardIssue] : []),
      ...(direction !== 'inward' && link.outwardIssue ? [link.outwardIssue] : []),
    ]);
}

/** How Jira phrases the relation from this item's side, e.g. "is blocked by". */
function phrase(c: LinksResolvedCriterion, issue: IssueView): string {
  const read = issue.links();
  const type = read.ok ? read.value.find((l) => sameType(l, c.linkType))?.type : undefined;
  const direction = c.direction ?? 'inward';
  if (direction === 'inward' && type?.inward) return `linked as "${type.inward}"`;
  if (direction === 'outward' && type?.outward) return `linked as "${type.outward}"`;
  return `linked by "${type?.name ?? c.linkType}"`;
}

export const linksResolvedRule: CriterionRule<LinksResolvedCriterion> = {
  defaultLabel: (c) => `Work items linked by "${c.linkType}" are done`,
  defaultHint: (c) => `Resolve the work items linked by "${c.linkType}" or remove links that no longer apply.`,
  check(c, { issue }) {
    const read = issue.links();
    if (!read.ok) return fail(read.reason);
    const items = linkedItems(read.value, c);
    if (items.length === 0) return pass(`No work items ${phrase(c, issue)}`);
    const open = items.filter((i) => !isDone(i));
    if (open.length === 0) return pass(`All ${plural(items.length, 'linked work item')} done`);
    return fail(`${plural(open.length, 'work item')} ${phrase(c, issue)} not done: ${listSome(open.map(describeLinked))}`);
  },
};
