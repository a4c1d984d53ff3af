import { decisionsForGates } from '../decisions/decisions-for-gates';
import * as z from 'zod';
import { evaluate, gateAppliesTo } from '../domain/evaluate';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import { createIssueView } from '../domain/jira/issue-view';
import { parseGate } from '../domain/gates/parse-gates';
import { issueRequestFor } from '../domain/jira/issue-request';
import type { Verdict } from '../domain/verdict';
import { findGateSet, projectKeyOf } from '../gates/gate-library';
import { getIssue } from '../jira/get-issue';
import { loadRecords } from '../records/records-store';
import { failure, success, type Envelope } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import { plural } from '../domain/words/say';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { canBrowseItem } from './can-browse-item';
import { openProjectConfig, projectKeySchema } from './open-config';
import { problem } from '../domain/problems';

export const dryRunPayload = z.strictObject({
  projectKey: projectKeySchema.optional(),
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}$/, 'problems.itemKey'),
  /** The gate as edited on the page, saved or not. */
  gate: z.unknown(),
});

/**
 * `dryRun`: the verdict a gate would give an item of the project now, before the gate is saved.
 * Administer Projects on the project, then Browse on the item (both as the caller), then one Get issue.
 */
export async function dryRun(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ verdict: Verdict }>> {
  const opened = await openProjectConfig(deps, request, dryRunPayload, 'tryGates');
  if (!opened.ok) return opened;
  const { input, projectKey, say } = opened;
  const notInProject = failure('BAD_INPUT', say('errors.notInProject', { item: input.issueKey, project: projectKey }), [
    problem('issueKey', 'problems.itemOfProject', { project: projectKey }),
  ]);
  if (projectKeyOf(input.issueKey) !== projectKey) return notInProject;
  const gate = parseGate(input.gate);
  if (!gate.ok)
    return failure(
      'BAD_INPUT',
      plural(say, 'errors.gateProblems', gate.problems.length),
      gate.problems.map((p) => ({ ...p, path: `gate.${p.path}` })),
    );

  const browse = await canBrowseItem(deps, input.issueKey, say);
  if (!browse.ok) return browse;
  const loaded = await getIssue(deps.jiraAsApp, deps.clock, input.issueKey, issueRequestFor([gate.value]), deps.retry);
  if (!loaded.ok)
    return loaded.code === 'ISSUE_NOT_FOUND'
      ? failure('NOT_FOUND', say('errors.itemNotFound', { item: input.issueKey }))
      : jiraFailure(loaded, say('errors.what.loadNamedItem', { item: input.issueKey }), say);
  if (projectKeyOf(loaded.issue.key) !== projectKey) return notInProject;
  const [records, linked] = await Promise.all([loadRecords(deps.store, loaded.issue.id), decisionsForGates(deps.store, [gate.value], loaded.issue.key)]);
  if (!records.ok) return failure('RECORDS_INVALID', say('errors.recordsUnreadable', { item: input.issueKey }), records.problems);
  // QA verifiers come from the whole set, as the validator takes them: the project's set with this draft in it.
  const set = await findGateSet(deps.store, opened.project);
  const draft = gate.value;
  const gates = set.ok ? [...set.gates.map((g) => (g.id === draft.id ? draft : g)), ...(set.gates.some((g) => g.id === draft.id) ? [] : [draft])] : [draft];
  const view = createIssueView(loaded.issue);
  const qaVerifiers = qaVerifiersOf(gates.filter((g) => gateAppliesTo(g, view)))?.verifiers;
  return success({ verdict: evaluate(draft, { issue: loaded.issue, records: records.value, qaVerifiers, ...linked }, say) });
}
