import { decisionsForGates } from '../decisions/decisions-for-gates';
import { englishSay } from '../domain/words/english';
import type { Clock } from '../ports/clock';
import type { JiraClient } from '../ports/jira-client';
import type { KeyValueStore } from '../ports/key-value-store';
import { forInvocation, type RetryPolicy } from '../jira/retry-policy';
import { issueRequestFor } from '../domain/jira/issue-request';
import { createIssueView } from '../domain/jira/issue-view';
import { evaluate, gateAppliesTo } from '../domain/evaluate';
import { gateProgress } from '../domain/summary/gate-progress';
import { findGateSet, projectKeyOf } from '../gates/gate-library';
import { getIssue } from '../jira/get-issue';
import { getMyPermissions } from '../jira/get-my-permissions';
import { loadRecords } from '../records/records-store';
import { statusContextSchema, statusPayloadSchema } from './status-args';
import { statusOf, unavailableStatus, UNAVAILABLE_STATUS, type ContextStatus } from './status-lozenge';
import { getMyLocale } from '../jira/get-my-locale';
import type { WordsFor } from '../ports/words';
import type { Say } from '../domain/words/say';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';

export interface IssueContextStatusDeps {
  /** Jira as the app: reads the item. */
  jiraAsApp: JiraClient;
  /** Jira as the viewer Forge names in the invocation: only asked whether they may browse the item. */
  jiraAsUser: JiraClient;
  store: KeyValueStore;
  clock: Clock;
  retry: RetryPolicy;
  /** The lozenge's words in the viewer's Jira language (English without). */
  words?: WordsFor;
}

const unavailable = (why: string, say?: Say): ContextStatus => {
  console.warn(`shipshape: issue context status unavailable: ${why}`);
  return say ? unavailableStatus(say) : UNAVAILABLE_STATUS;
};

/**
 * The `jira:issueContext` dynamicProperties function: the compact gate status ("DoD 6/8") shown
 * beside the collapsed Shipshape panel. Jira calls it with the item it is showing (a platform
 * payload, not the browser's); when Forge also names the viewer, they must be allowed to browse
 * the item. The item is read with one Get issue as the app, with the app's records. Every
 * failure answers the neutral "Unavailable" lozenge: the status never throws and never tells
 * anything about an item the viewer may not see.
 */
export async function issueContextStatus(payload: unknown, context: unknown, deps: IssueContextStatusDeps): Promise<ContextStatus> {
  try {
    return await statusFor(payload, context, forInvocation(deps));
  } catch (error) {
    console.error('shipshape: issue context status failed', error);
    return UNAVAILABLE_STATUS;
  }
}

async function statusFor(rawPayload: unknown, rawContext: unknown, deps: IssueContextStatusDeps): Promise<ContextStatus> {
  const payload = statusPayloadSchema.safeParse(rawPayload);
  if (!payload.success) return unavailable('the payload names no work item');
  const viewer = statusContextSchema.safeParse(rawContext ?? {});
  if (!viewer.success) return unavailable('the invocation context is malformed');
  const { id: issueId, key } = payload.data.extension.issue;

  // The documented payload names no viewer; Jira calls this only while it shows the item to
  // someone who may see it. When Forge does name the viewer, their right to browse is checked too.
  // Forge gives this function no locale: the viewer's language is their Jira profile's, asked beside the permission.
  let say: Say = englishSay;
  if (viewer.data.principal) {
    const asViewer = { client: deps.jiraAsUser, clock: deps.clock, retry: deps.retry };
    const [permissions, locale] = await Promise.all([getMyPermissions(asViewer, issueId, ['BROWSE_PROJECTS']), deps.words ? getMyLocale(asViewer) : undefined]);
    if (deps.words) say = await deps.words(locale);
    if (!permissions.ok) return unavailable(permissions.message, say);
    if (!permissions.value.BROWSE_PROJECTS) return unavailable(`the viewer may not browse ${issueId}`, say);
  }

  const named = payload.data.extension.project;
  const projectKey = named?.key ?? projectKeyOf(key);
  const set = await findGateSet(deps.store, { key: projectKey, ...(named?.id ? { id: named.id } : {}) });
  if (!set.ok) return unavailable(set.words(englishSay), say);
  const wanted = issueRequestFor(set.gates);
  const request = { ...wanted, fields: [...new Set([...wanted.fields, 'project'])] };
  const loaded = await getIssue(deps.jiraAsApp, deps.clock, issueId, request, deps.retry);
  if (!loaded.ok) return unavailable(loaded.message, say);
  // The gate set was chosen by the page's project: a mismatch (a moved item) is not guessed around.
  const project = (loaded.issue.fields as { project?: { key?: unknown; id?: unknown } }).project;
  const moved = named?.id !== undefined && project?.id !== undefined ? project.id !== named.id : project?.key !== projectKey;
  if (moved) return unavailable(`${issueId} is not in project ${projectKey}`, say);

  const view = createIssueView(loaded.issue);
  const gates = set.gates.filter((gate) => gateAppliesTo(gate, view));
  const [records, linked] = await Promise.all([loadRecords(deps.store, loaded.issue.id), decisionsForGates(deps.store, gates, loaded.issue.key)]);
  if (!records.ok) return unavailable(`the records of ${issueId} are invalid`, say);
  const qaVerifiers = qaVerifiersOf(gates)?.verifiers;
  // Only the counts are shown, so the verdicts' own words need no language.
  return statusOf(
    gates.map((gate) => gateProgress(evaluate(gate, { issue: loaded.issue, records: records.value, qaVerifiers, ...linked }, englishSay))),
    say,
  );
}
