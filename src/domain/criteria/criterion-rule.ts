import type { IssueView } from '../jira/issue-view';
import type { GateRecords, ItemRecords } from '../records/records-schema';
import type { Principals } from '../gates/principals';
import type { Say } from '../words/say';
import type { LinkedDecisions } from '../decisions/linked-decisions';
import type { DecisionNaming } from '../decisions/decision-naming';

export interface RuleContext {
  issue: IssueView;
  records: ItemRecords;
  /** This gate's ticks, approvals and waivers. */
  gateRecords: GateRecords;
  /** Who verifies behaviours on this item (qaVerifiersOf its applicable gates); none: anyone who could edit it. */
  qaVerifiers?: Principals;
  /** The DACI decisions that link the item, when the caller read them (only gates with decisions-settled need them). */
  decisions?: LinkedDecisions;
  /** Which of those decisions' pages the reader may view, and people's names: only those decisions are named. */
  decisionNaming?: DecisionNaming;
  /** The language the verdict is written in. */
  say: Say;
}

export interface Outcome {
  passed: boolean;
  reason: string;
}

/** How one kind of criterion is checked and described. Pure: no I/O, no clock. */
export interface CriterionRule<C> {
  defaultLabel(criterion: C, issue: IssueView, say: Say): string;
  defaultHint(criterion: C, issue: IssueView, say: Say): string;
  check(criterion: C, context: RuleContext): Outcome;
}

export const pass = (reason: string): Outcome => ({ passed: true, reason });
export const fail = (reason: string): Outcome => ({ passed: false, reason });

/** "ABC-1, ABC-2 and 3 more": keeps messages readable when an item has hundreds of links. */
export function listSome(say: Say, items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return say('words.andMore', { list: items.slice(0, max).join(', '), count: items.length - max });
}
