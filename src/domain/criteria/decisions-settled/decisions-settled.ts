import { fail, pass, type CriterionRule } from '../criterion-rule';
import { plural, type MessageKey } from '../../words/say';
import type { DecisionsSettledCriterion } from './decisions-settled-schema';
import { UNSETTLED_REASONS, unsettledReason, type UnsettledReason } from './unsettled-reason';

/**
 * Every DACI decision that links the item is settled: decided (or deferred, if the criterion
 * allows) and approved by its Approver as it stands now. The reason counts what is open by why,
 * never naming a decision or its page: the person moving the item may not be allowed to view
 * the spec. The Shipshape panel names them to those who may.
 */
export const decisionsSettledRule: CriterionRule<DecisionsSettledCriterion> = {
  defaultLabel: (_c, _issue, say) => say('gate.decisions.label'),
  defaultHint: (_c, _issue, say) => say('gate.decisions.hint'),
  check(criterion, { decisions, say }) {
    if (decisions === undefined || decisions.state === 'unreadable') return fail(say('gate.decisions.unreadable'));
    if (decisions.omitted > 0) return fail(plural(say, 'gate.decisions.omitted', decisions.omitted));
    if (decisions.decisions.length === 0) return pass(say('gate.decisions.none'));
    const counts = new Map<UnsettledReason, number>();
    for (const decision of decisions.decisions) {
      const reason = unsettledReason(decision, criterion);
      if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const open = [...counts.values()].reduce((sum, n) => sum + n, 0);
    if (open === 0) return pass(plural(say, 'gate.decisions.settled', decisions.decisions.length));
    const parts = UNSETTLED_REASONS.filter((r) => counts.has(r)).map((r) => say(`gate.decisions.why.${r}` as MessageKey, { count: counts.get(r) ?? 0 }));
    return fail(plural(say, 'gate.decisions.open', open, { parts: parts.join(', ') }));
  },
};
