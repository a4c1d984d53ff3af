import type { Criterion } from './gates/criterion-schema';
import type { Gate } from './gates/gate-schema';
import { principalsMatch } from './gates/principals';
import { createIssueView, type IssueView } from './jira/issue-view';
import type { JiraIssue } from './jira/issue-schema';
import type { ItemRecords, Waiver } from './records/records-schema';
import { emptyRecords, recordEntry } from './records/records-schema';
import { ruleFor } from './criteria/kinds';
import type { RuleContext } from './criteria/criterion-rule';
import type { CriterionResult, Verdict } from './verdict';
import { hasVisibleText } from './visible-text/visible-text';
import type { Principals } from './gates/principals';
import type { Say } from './words/say';
import type { LinkedDecisions } from './decisions/linked-decisions';
import type { DecisionNaming } from './decisions/decision-naming';

/** The Jira issue (as `GET /rest/api/3/issue/{key}` returns it) plus the app's records for it. */
export interface Snapshot {
  issue: JiraIssue;
  records?: ItemRecords;
  /** The item's QA verifiers from its whole gate set (qaVerifiersOf); without it, this gate's own. */
  qaVerifiers?: Principals;
  /** The DACI decisions that link the item, from the decision index. */
  decisions?: LinkedDecisions;
  /** What the reader may be told of those decisions (pages they may view, names); without it, open decisions are counted. */
  decisionNaming?: DecisionNaming;
}

export function gateAppliesTo(gate: Gate, issue: IssueView): boolean {
  const wanted = gate.appliesTo?.issueTypes;
  const type = issue.issueType();
  // Without a work type in Jira's answer the gate is applied: a gate must never open by accident.
  if (!wanted || !type) return true;
  return wanted.some((w) => w.toLowerCase() === type.name.toLowerCase() || w === type.id);
}

/** Why a waiver does not count, or undefined when it does. */
function waiverProblem(criterion: Criterion, waiver: Waiver, say: Say): string | undefined {
  if (!criterion.waivableBy) return say('gate.waiver.notWaivable');
  if (!hasVisibleText(waiver.reason)) return say('gate.waiver.noReason');
  if (!principalsMatch(criterion.waivableBy, waiver)) return say('gate.waiver.notAllowed', { who: waiver.accountId });
  return undefined;
}

function evaluateCriterion(criterion: Criterion, context: RuleContext): CriterionResult {
  const rule = ruleFor(criterion);
  const { say } = context;
  const outcome = rule.check(criterion, context);
  const result: CriterionResult = {
    id: criterion.id,
    kind: criterion.kind,
    label: criterion.label ?? rule.defaultLabel(criterion, context.issue, say),
    required: criterion.required ?? true,
    status: outcome.passed ? 'passed' : 'failed',
    reason: outcome.reason,
    hint: criterion.hint ?? rule.defaultHint(criterion, context.issue, say),
  };
  const waiver = recordEntry(context.gateRecords.waivers, criterion.id);
  if (outcome.passed || !waiver) return result;
  const problem = waiverProblem(criterion, waiver, say);
  if (problem) return { ...result, reason: say('gate.waiver.ignored', { reason: outcome.reason, problem }) };
  return {
    ...result,
    status: 'waived',
    reason: say('gate.waiver.waived', { who: waiver.accountId, at: waiver.at, waiver: waiver.reason, reason: outcome.reason }),
    waiver: { accountId: waiver.accountId, at: waiver.at, reason: waiver.reason },
  };
}

/** The gate's verdict on the item, its words in `say`'s language. */
export function evaluate(gate: Gate, snapshot: Snapshot, say: Say): Verdict {
  const issue = createIssueView(snapshot.issue);
  const base = { gate: gate.id, gateName: gate.name, issue: snapshot.issue.key };
  if (!gateAppliesTo(gate, issue)) return { ...base, applicable: false, passed: true, results: [] };
  const records = snapshot.records ?? emptyRecords();
  const qaVerifiers = 'qaVerifiers' in snapshot ? snapshot.qaVerifiers : gate.qaVerifiers;
  const context: RuleContext = {
    issue,
    records,
    gateRecords: recordEntry(records.gates, gate.id) ?? {},
    say,
    ...(qaVerifiers ? { qaVerifiers } : {}),
    ...(snapshot.decisions ? { decisions: snapshot.decisions } : {}),
    ...(snapshot.decisionNaming ? { decisionNaming: snapshot.decisionNaming } : {}),
  };
  const results = gate.criteria.map((criterion) => evaluateCriterion(criterion, context));
  const passed = results.every((r) => !r.required || r.status !== 'failed');
  return { ...base, applicable: true, passed, results };
}
