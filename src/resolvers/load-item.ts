import { loadLinkedDecisions } from '../decisions/read-index';
import type { LinkedDecisions } from '../domain/decisions/linked-decisions';
import type { Say } from '../domain/words/say';
import type { Actor, Principals } from '../domain/gates/principals';
import type { Gate } from '../domain/gates/gate-schema';
import type { JiraIssue } from '../domain/jira/issue-schema';
import { issueRequestFor, requestCovers } from '../domain/jira/issue-request';
import { createIssueView } from '../domain/jira/issue-view';
import { gateAppliesTo } from '../domain/evaluate';
import { findGateSet, projectKeyOf, type GateSource } from '../gates/gate-library';
import { getIssue } from '../jira/get-issue';
import { getMyPermissions } from '../jira/get-my-permissions';
import { failure, type ResolverError } from './envelope';
import { asApp, asUser, type IssueResolverDeps } from './resolver-deps';
import type { Caller } from './resolver-request';
import { BASIC_FIELDS, itemBasics, type ItemBasics } from './item-basics';
import { itemNotFound, jiraFailure } from './jira-failure';
import { lookUpMemberships } from './caller-memberships';
import { SEARCH_INDEX_PROPERTIES } from '../search-index/keep-summary-in-step';
import { sameProject, type ProjectRef } from '../gates/project-keys';
import { keepProjectSetById } from '../gates/keep-project-set-by-id';

/** What the Edit Issues permission is needed for, in a refusal (errors.what.*). */
export type EditAction = 'editHandoff' | 'tickChecks';

/** A work item as the resolvers act on it: what the caller may do, its gates, and the caller's memberships. */
export interface LoadedItem {
  issueId: string;
  issue: JiraIssue;
  basics: ItemBasics;
  projectKey: string;
  /** The gates of the item's gate set that apply to its work type, in the set's order. */
  gates: Gate[];
  gateSource: GateSource;
  permissions: { browse: boolean; edit: boolean };
  actor: Actor;
  /** The caller's language, for the verdicts' and refusals' words. */
  say: Say;
  /** The DACI decisions linking the item, from the decision index. */
  decisions?: LinkedDecisions;
}

type Loaded = { ok: true; item: LoadedItem } | { ok: false; error: ResolverError };

const principalsOf = (gates: Gate[]): Principals[] =>
  gates
    .flatMap((g) => [g.qaVerifiers, ...g.criteria.flatMap((c) => [c.kind === 'approval' ? c.approvers : undefined, c.waivableBy])])
    .filter((p): p is Principals => p !== undefined);

async function fetchIssue(deps: IssueResolverDeps, issueId: string, gates: Gate[], extraFields: readonly string[]) {
  const wanted = issueRequestFor(gates);
  const request = {
    ...wanted,
    fields: [...new Set([...wanted.fields, ...BASIC_FIELDS, ...extraFields])],
    properties: [...new Set([...wanted.properties, ...SEARCH_INDEX_PROPERTIES])],
  };
  return { request, loaded: await getIssue(deps.jiraAsApp, deps.clock, issueId, request, deps.retry) };
}

/** The project the caller's context names (with its id when it does), or the one in its item's key. */
function projectGuess(caller: Caller, sameItem: boolean): ProjectRef | undefined {
  const key = caller.contextProjectKey ?? (sameItem && caller.contextIssue?.key ? projectKeyOf(caller.contextIssue.key) : undefined);
  if (key === undefined) return undefined;
  return caller.contextProjectKey !== undefined && caller.contextProjectId !== undefined ? { key, id: caller.contextProjectId } : { key };
}

/**
 * Permission first: asks Jira, as the caller, what they may do on the item, and refuses before
 * any other call when they may not see it (or edit it, when `requireEdit` names the action).
 * Then loads the item with one Get issue for every field its gates need (a second only when the
 * item is not in the project the panel's context named) and confirms the caller's memberships.
 * `extraFields`: fields a resolver reads on top of the gates' own (the description, to propose behaviours).
 */
export async function loadItem(
  deps: IssueResolverDeps,
  caller: Caller,
  issueId: string,
  say: Say,
  requireEdit?: EditAction,
  extraFields: readonly string[] = [],
): Promise<Loaded> {
  const permissions = await getMyPermissions(asUser(deps), issueId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  if (!permissions.ok)
    return permissions.code === 'NOT_FOUND' ? itemNotFound(issueId, say) : jiraFailure(permissions, say('errors.what.checkPermissions'), say);
  const { BROWSE_PROJECTS: browse, EDIT_ISSUES: edit } = permissions.value;
  if (!browse) return failure('FORBIDDEN', say('errors.cannotSeeItem'));
  if (requireEdit && !edit) return failure('FORBIDDEN', say('errors.needEdit', { what: say(`errors.what.${requireEdit}`) }));

  const sameItem = caller.contextIssue?.id === undefined || caller.contextIssue.id === issueId;
  const guess = projectGuess(caller, sameItem);
  let set = guess === undefined ? undefined : await findGateSet(deps.store, guess);
  if (set && !set.ok) return failure('GATES_INVALID', set.words(say));
  let fetched = await fetchIssue(deps, issueId, set?.ok ? set.gates : [], extraFields);
  if (!fetched.loaded.ok)
    return fetched.loaded.code === 'ISSUE_NOT_FOUND' ? itemNotFound(issueId, say) : jiraFailure(fetched.loaded, say('errors.what.loadItem'), say);
  const project = itemBasics(fetched.loaded.issue).project ?? { key: projectKeyOf(fetched.loaded.issue.key) };
  const projectKey = project.key;
  if (!set?.ok || !sameProject(project, guess)) {
    set = await findGateSet(deps.store, project);
    if (!set.ok) return failure('GATES_INVALID', set.words(say));
    const needed = issueRequestFor(set.gates);
    const have = fetched.request;
    if (!requestCovers(have, needed)) {
      fetched = await fetchIssue(deps, issueId, set.gates, extraFields);
      if (!fetched.loaded.ok)
        return fetched.loaded.code === 'ISSUE_NOT_FOUND' ? itemNotFound(issueId, say) : jiraFailure(fetched.loaded, say('errors.what.loadItem'), say);
    }
  }
  if (project.id !== undefined && set.source === 'project') await keepProjectSetById(deps.store, { key: project.key, id: project.id }, set.storedByKey);
  const issue = fetched.loaded.issue;
  const view = createIssueView(issue);
  const gates = set.gates.filter((g) => gateAppliesTo(g, view));

  const [actor, linked] = await Promise.all([
    lookUpMemberships(asApp(deps), projectKey, caller.accountId, principalsOf(gates)),
    // Always read: the panel lists the item's decisions whether or not a gate checks them.
    loadLinkedDecisions(deps.store, issue.key),
  ]);
  if (!actor.ok) return jiraFailure(actor, say('errors.what.confirmMemberships'), say);
  return {
    ok: true,
    item: {
      issueId,
      issue,
      basics: itemBasics(issue),
      projectKey,
      gates,
      gateSource: set.source,
      permissions: { browse, edit },
      actor: actor.value,
      say,
      decisions: linked,
    },
  };
}

/** The item with its issue read again, after the app changed it in Jira (linked a bug); as it was when Jira does not answer. */
export async function reloadIssue(deps: IssueResolverDeps, item: LoadedItem): Promise<LoadedItem> {
  const { loaded } = await fetchIssue(deps, item.issueId, item.gates, []);
  return loaded.ok ? { ...item, issue: loaded.issue, basics: itemBasics(loaded.issue) } : item;
}
