import { fail, pass, type CriterionRule } from '../criterion-rule';
import { plural } from '../../words/say';
import type { ApprovalCriterion } from './approval-schema';
import { describePrincipals, principalsMatch } from '../../gates/principals';
import { recordEntry } from '../../records/records-schema';

export const approvalRule: CriterionRule<ApprovalCriterion> = {
  defaultLabel: (c, _issue, say) => say('gate.approval.label', { who: describePrincipals(c.approvers, say) }),
  defaultHint: (c, _issue, say) => say('gate.approval.hint', { who: describePrincipals(c.approvers, say) }),
  check(c, { gateRecords, say }) {
    const needed = c.count ?? 1;
    const approvers = new Set((recordEntry(gateRecords.approvals, c.id) ?? []).filter((a) => principalsMatch(c.approvers, a)).map((a) => a.accountId));
    if (approvers.size >= needed) return pass(plural(say, 'gate.approval.met', approvers.size, { needed }));
    return fail(say('gate.approval.missing', { count: approvers.size, needed, who: describePrincipals(c.approvers, say) }));
  },
};
