import { fail, pass, type CriterionRule } from '../criterion-rule';
import { plural, type MessageKey, type Say } from '../../words/say';
import type { DecisionsSettledCriterion } from './decisions-settled-schema';
import { UNSETTLED_REASONS, unsettledReason, type UnsettledReason } from './unsettled-reason';
import { MAX_NAMED_DECISIONS, shortTitle, type DecisionNaming } from '../../decisions/decision-naming';
import type { LinkedDecisions } from '../../decisions/linked-decisions';

type Linked = Extract<LinkedDecisions, { state: 'read' }>['decisions'][number];
type Open = { decision: Linked; why: UnsettledReason };

const countByWhy = (open: readonly Open[], say: Say): string[] =>
  UNSETTLED_REASONS.flatMap((why) => {
    const count = open.filter((o) => o.why === why).length;
    return count === 0 ? [] : [say(`gate.decisions.why.${why}` as MessageKey, { count })];
  });

function named({ decision, why }: Open, naming: DecisionNaming, say: Say): string {
  const approver = naming.people.get(decision.approver);
  const values = {
    title: shortTitle(decision.title),
    page: shortTitle(naming.pages.get(decision.pageId) ?? decision.pageTitle),
    state: say(`gate.decisions.state.${why}` as MessageKey),
  };
  return approver ? say('gate.decisions.named', { ...values, approver }) : say('gate.decisions.namedNoApprover', values);
}

/**
 * Every DACI decision that links the item is settled: decided (or deferred, if the criterion
 * allows) and approved by its Approver as it stands now. The reason names an open decision, its
 * state, Approver and page only when `naming` says the reader may view that page (the validator
 * asks Confluence as the person moving the item); every other open decision is counted by why.
 */
export const decisionsSettledRule: CriterionRule<DecisionsSettledCriterion> = {
  defaultLabel: (_c, _issue, say) => say('gate.decisions.label'),
  defaultHint: (_c, _issue, say) => say('gate.decisions.hint'),
  check(criterion, { decisions, decisionNaming, say }) {
    if (decisions === undefined || decisions.state === 'unreadable') return fail(say('gate.decisions.unreadable'));
    if (decisions.omitted > 0) return fail(plural(say, 'gate.decisions.omitted', decisions.omitted));
    if (decisions.decisions.length === 0) return pass(say('gate.decisions.none'));
    const open = decisions.decisions.flatMap((decision): Open[] => {
      const why = unsettledReason(decision, criterion);
      return why ? [{ decision, why }] : [];
    });
    if (open.length === 0) return pass(plural(say, 'gate.decisions.settled', decisions.decisions.length));
    const naming = decisionNaming;
    const shown = naming ? open.filter((o) => naming.pages.has(o.decision.pageId)).slice(0, MAX_NAMED_DECISIONS) : [];
    if (!naming || shown.length === 0) return fail(plural(say, 'gate.decisions.open', open.length, { parts: countByWhy(open, say).join(', ') }));
    const rest = open.filter((o) => !shown.includes(o));
    const parts = shown.map((o) => named(o, naming, say));
    if (rest.length > 0) parts.push(say('gate.decisions.more', { count: rest.length, parts: countByWhy(rest, say).join(', ') }));
    return fail(plural(say, 'gate.decisions.open', open.length, { parts: parts.join('; ') }));
  },
};
