import type { Clock } from '../ports/clock';
import type { JiraClient } from '../ports/jira-client';
import type { KeyValueStore } from '../ports/key-value-store';
import type { JiraIssue } from '../domain/jira/issue-schema';
import { issueRequestFor, requestCovers, type IssueRequest } from '../domain/jira/issue-request';
import { isProjectId, type ProjectRef } from '../gates/project-keys';
import { gateAppliesTo } from '../domain/evaluate';
import { blockMessage } from '../domain/block-message';
import { findGate, findGateSet, projectKeyOf } from '../gates/gate-library';
import { loadRecords } from '../records/records-store';
import { getIssue } from '../jira/get-issue';
import { forInvocation, type RetryPolicy } from '../jira/retry-policy';
import { isUnconfigured, parseRuleConfig } from './rule-config';
import { validatorArgsSchema, type ValidatorResult } from './validator-args';
import * as messages from './validator-messages';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import { createIssueView } from '../domain/jira/issue-view';
import type { WordsFor } from '../ports/words';
import { decisionsForGates } from '../decisions/decisions-for-gates';
import type { SendGateEvent } from '../ports/gate-event-queue';
import { attemptEvent, invokerOf } from '../insights/attempt-event';
import { sendWithin } from '../insights/send-within';
import type { ConfluenceClient } from '../ports/confluence-client';
import { askDecisionNaming } from '../decisions/ask-decision-naming';
import { verdictForMover, type AskNaming } from './verdict-for-mover';

export interface ValidatorDeps {
  jira: JiraClient;
  store: KeyValueStore;
  clock: Clock;
  retry: RetryPolicy;
  /** The block messages' words: the rule's language, else English (no words of its own: the validator's bundle stays small). */
  words: WordsFor;
  /** Queues each checked attempt for the insight figures; without it, nothing is recorded. */
  sendEvent?: SendGateEvent;
  /**
   * Confluence as the person moving the item (Forge's offline user impersonation), to name the
   * open decisions on pages they may view; without it, or without a mover, they are counted.
   */
  confluenceAs?: (accountId: string) => ConfluenceClient;
}

/** Fields changed on the transition screen count, except those whose shape differs from Get issue's. */
const SCREEN_FIELDS_NOT_MERGED = new Set(['issuelinks', 'subtasks', 'issuetype']);

function withScreenChanges(issue: JiraIssue, requested: string[], modified: Record<string, unknown> | null | undefined): JiraIssue {
  if (!modified) return issue;
  const changes = Object.entries(modified).filter(([field]) => requested.includes(field) && !SCREEN_FIELDS_NOT_MERGED.has(field));
  return changes.length ? { ...issue, fields: { ...issue.fields, ...Object.fromEntries(changes) } } : issue;
}

/** The gates the rule screen would offer for the project, by name and id, for the unconfigured-rule message. */
async function gateChoices(store: KeyValueStore, projectKey: string): Promise<string[]> {
  const set = await findGateSet(store, { key: projectKey });
  return set.ok ? set.gates.slice(0, 4).map((g) => `${g.name} (${g.id})`) : [];
}

const withProjectField = (request: IssueRequest): IssueRequest => ({ ...request, fields: [...new Set([...request.fields, 'project'])] });

/** The item's project as Jira answered it (id and key), if it did. */
function projectOf(issue: JiraIssue): ProjectRef | undefined {
  const project = (issue.fields as { project?: { id?: unknown; key?: unknown } }).project;
  return typeof project?.key === 'string' && isProjectId(project.id) ? { key: project.key, id: project.id } : undefined;
}

const block = (message: string): ValidatorResult => ({ result: false, errorMessage: messages.capMessage(message) });

/**
 * The workflow validator: reads the gate chosen in the rule's configuration, loads the item
 * with one Jira call plus the app's records, and blocks with a message listing what fails.
 * Every path that cannot check the gate blocks (fails closed) unless the rule opted into
 * fail-open for an unreachable Jira.
 */
export async function validateTransition(rawArgs: unknown, deps: ValidatorDeps, context?: unknown): Promise<ValidatorResult> {
  try {
    return await checkTransition(rawArgs, forInvocation(deps), context);
  } catch (error) {
    // Storage or an adapter failed in a way the steps below do not model: never let the item through.
    console.error('shipshape: validator failed', error);
    return block(messages.unexpectedErrorMessage(await deps.words(undefined)));
  }
}

async function checkTransition(rawArgs: unknown, deps: ValidatorDeps, context: unknown): Promise<ValidatorResult> {
  const args = validatorArgsSchema.safeParse(rawArgs);
  if (!args.success) return block(messages.invalidArgsMessage(await deps.words(undefined)));
  const key = args.data.issue.key;

  if (isUnconfigured(args.data.configuration))
    return block(messages.unconfiguredRuleMessage(await deps.words(undefined), await gateChoices(deps.store, projectKeyOf(key))));
  const config = parseRuleConfig(args.data.configuration);
  if (!config.ok) return block(messages.invalidConfigMessage(await deps.words(undefined), config.problems));
  // The words of the rule's language are read beside the gate (no Jira call).
  const saying = deps.words(config.value.locale);

  // Jira names only the item's key: its project's set is found by the id that key was last seen
  // with, and checked against the project Jira answers with (a renamed or reused key).
  let found = await findGate(deps.store, { key: projectKeyOf(key) }, config.value.gateId);
  const say = await saying;
  if (!found.ok) return block(messages.gateProblemMessage(say, found.words(say)));

  let request = withProjectField(issueRequestFor([found.gate]));
  let loaded = await getIssue(deps.jira, deps.clock, key, request, deps.retry);
  const actual = loaded.ok ? projectOf(loaded.issue) : undefined;
  if (loaded.ok && actual?.id !== undefined && actual.id !== found.projectId) {
    found = await findGate(deps.store, actual, config.value.gateId);
    if (!found.ok) return block(messages.gateProblemMessage(say, found.words(say)));
    const needed = withProjectField(issueRequestFor([found.gate]));
    if (!requestCovers(request, needed)) {
      request = needed;
      loaded = await getIssue(deps.jira, deps.clock, key, request, deps.retry);
    }
  }
  if (!loaded.ok) {
    // Fail-open is for outages (5xx, time-outs). A 429 is the app's own site-wide rate limit,
    // which users can drive up: letting moves through then would open every gate on the site.
    if (loaded.code === 'JIRA_UNAVAILABLE' && !loaded.rateLimited && config.value.failOpen) return { result: true };
    const retryLater = loaded.code === 'JIRA_UNAVAILABLE' || loaded.code === 'JIRA_BAD_ANSWER';
    return block(retryLater ? messages.checkCouldNotRunMessage(say, loaded.message) : messages.appAccessMessage(say, loaded.message));
  }

  // The decision index is read only for a gate that checks linked decisions, beside the records.
  const [records, linked] = await Promise.all([loadRecords(deps.store, loaded.issue.id), decisionsForGates(deps.store, [found.gate], loaded.issue.key)]);
  if (!records.ok) return block(messages.recordsProblemMessage(say, key));

  const issue = withScreenChanges(loaded.issue, request.fields, args.data.transition?.modifiedFields);
  const view = createIssueView(issue);
  const qaVerifiers = qaVerifiersOf(found.set.filter((g) => gateAppliesTo(g, view)))?.verifiers;
  const mover = invokerOf(context);
  const { confluenceAs } = deps;
  const ask: AskNaming | undefined =
    mover && confluenceAs ? (candidates) => askDecisionNaming(confluenceAs(mover), deps.clock, candidates, deps.retry.deadlineAt) : undefined;
  const verdict = await verdictForMover(found.gate, { issue, records: records.value, qaVerifiers, ...linked }, say, ask);
  const projectId = actual?.id ?? found.projectId;
  // A gate whose work types leave the item out was not crossed: nothing to count.
  if (verdict.applicable && projectId !== undefined) {
    const facts = { at: deps.clock.now(), projectId, item: { id: loaded.issue.id, key: loaded.issue.key }, by: mover };
    const transition = args.data.transition;
    await sendWithin(deps.sendEvent, attemptEvent(verdict, { ...facts, from: transition?.from?.id, to: transition?.to?.id }));
  }
  return verdict.passed ? { result: true } : block(blockMessage(verdict, say));
}
