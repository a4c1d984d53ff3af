import { fail, listSome, pass, type CriterionRule } from '../criterion-rule';
import { plural, type Say } from '../../words/say';
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
function phrase(c: LinksResolvedCriterion, issue: IssueView, say: Say): string {
  const read = issue.links();
  const type = read.ok ? read.value.find((l) => sameType(l, c.linkType))?.type : undefined;
  const direction = c.direction ?? 'inward';
  if (direction === 'inward' && type?.inward) return say('gate.links.linkedAs', { relation: type.inward });
  if (direction === 'outward' && type?.outward) return say('gate.links.linkedAs', { relation: type.outward });
  return say('gate.links.linkedBy', { type: type?.name ?? c.linkType });
}

export const linksResolvedRule: CriterionRule<LinksResolvedCriterion> = {
  defaultLabel: (c, _issue, say) => say('gate.links.label', { type: c.linkType }),
  defaultHint: (c, _issue, say) => say('gate.links.hint', { type: c.linkType }),
  check(c, { issue, say }) {
    const read = issue.links();
    if (!read.ok) return fail(say('gate.unexpectedShape.links'));
    const items = linkedItems(read.value, c);
    if (items.length === 0) return pass(say('gate.links.none', { phrase: phrase(c, issue, say) }));
    const open = items.filter((i) => !isDone(i));
    if (open.length === 0) return pass(plural(say, 'gate.links.all', items.length));
    return fail(plural(say, 'gate.links.open', open.length, { phrase: phrase(c, issue, say), list: listSome(say, open.map(describeLinked)) }));
  },
};
