import type { Clock } from '../ports/clock';
import type { JiraClient } from '../ports/jira-client';
import type { KeyValueStore } from '../ports/key-value-store';
import { forInvocation, type RetryPolicy } from '../jira/retry-policy';
import { findGateSet, projectKeyOf } from '../gates/gate-library';
import { updateCanMoveParentSummary, updateCanMoveSummary } from '../domain/summary/summary-fields';
import { issueEventSchema, type IssueEvent } from './issue-event';
import { refreshItemSummary, type RefreshOutcome } from './refresh-item-summary';
import { isProjectId, type ProjectRef } from '../gates/project-keys';
import { knownParent, rememberParent } from '../search-index/known-parent';
import { followBugStatus } from './follow-bug-status';

export interface TriggerDeps {
  jira: JiraClient;
  store: KeyValueStore;
  clock: Clock;
  retry: RetryPolicy;
}

export type TriggerResult = { ignored: string } | { refreshed: RefreshOutcome[] };

const describe = (r: RefreshOutcome) =>
  typeof r.outcome === 'string' ? r.outcome : 'failed' in r.outcome ? `failed: ${r.outcome.failed}` : `skipped: ${r.outcome.skipped}`;

/**
 * The `trigger` on `avi:jira:created:issue` and `avi:jira:updated:issue`: brings the changed
 * item's search summary in step with Jira (a fix version set, a sub-task done…), and its parent's
 * when the item is a sub-task; a bug QA filed from a behaviour that enters or leaves done turns
 * that behaviour to retest or back (follow-bug-status.ts). Events the app caused itself are
 * ignored (the manifest also filters them with `ignoreSelf`), and the summary is rewritten only
 * when it changed, so the app's own property write can never start a loop. Never throws: Forge would retry the event.
 */
export async function onIssueEvent(event: unknown, given: TriggerDeps): Promise<TriggerResult> {
  const deps = forInvocation(given);
  try {
    const parsed = issueEventSchema.safeParse(event);
    if (!parsed.success) return { ignored: 'not an issue event' };
    if (parsed.data.selfGenerated === true) return { ignored: 'caused by the app itself' };
    const { issue } = parsed.data;
    const jira = { client: deps.jira, clock: deps.clock, retry: deps.retry };
    const key = issue.fields?.project?.key ?? (issue.key ? projectKeyOf(issue.key) : undefined);
    const id = issue.fields?.project?.id;
    const hint = key === undefined ? undefined : { key, ...(isProjectId(id) ? { id } : {}) };
    // A bug QA filed reaching done turns its behaviour to retest, on the item the bug blocks.
    const followed = await followBugStatus(jira, deps.store, parsed.data);
    const blocked = 'moved' in followed ? [await refreshItemSummary(jira, deps.store, followed.moved.itemId)] : [];
    const plan = await planRefresh(deps.store, hint, parsed.data);
    if (!plan.own && !plan.parent) return blocked.length > 0 ? { refreshed: blocked } : { ignored: 'no change a search summary reads' };
    const remembered = plan.parent ? await knownParent(deps.store, issue.id) : undefined;
    const named = issue.fields?.issuetype?.subtask === true ? issue.fields.parent?.id : undefined;
    const parentId = named ?? remembered;
    // Only the parent can move, and the event or an earlier read names it: the sub-task itself need not be read.
    const refreshed = !plan.own && parentId !== undefined ? [await refreshItemSummary(jira, deps.store, parentId, hint)] : [];
    if (refreshed.length === 0) {
      const item = await refreshItemSummary(jira, deps.store, issue.id, hint);
      refreshed.push(item);
      const read = item.parentId !== undefined || typeof item.outcome === 'string';
      if (plan.parent && read) await rememberParent(deps.store, issue.id, item.parentId, remembered);
      if (plan.parent && item.parentId !== undefined) refreshed.push(await refreshItemSummary(jira, deps.store, item.parentId, hint));
    }
    refreshed.unshift(...blocked);
    for (const r of refreshed) if (typeof r.outcome === 'object') console.warn(`shipshape: search summary of work item ${r.issueId} ${describe(r)}`);
    return { refreshed };
  } catch (error) {
    console.error('shipshape: search index trigger failed', error);
    return { ignored: 'an unexpected error occurred' };
  }
}

/**
 * Which summaries the update can move: the item's own, and (when it is or may be a sub-task) its
 * parent's. An update none of the gates can see (a summary, a comment, the assignee…) moves
 * neither and costs no Jira call; without a changelog, or without the project's gates, both count.
 */
async function planRefresh(store: KeyValueStore, hint: ProjectRef | undefined, event: IssueEvent): Promise<{ own: boolean; parent: boolean }> {
  const items = event.changelog?.items;
  if (!hint || !items) return { own: true, parent: true };
  const set = await findGateSet(store, hint);
  if (!set.ok) return { own: true, parent: true };
  const maySubtask = event.issue.fields?.issuetype?.subtask !== false;
  return { own: updateCanMoveSummary(items, set.gates), parent: maySubtask && updateCanMoveParentSummary(items, set.gates) };
}
