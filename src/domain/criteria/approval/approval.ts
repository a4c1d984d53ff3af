import { fail, pass, plural, type CriterionRule } from '../criterion-rule';
import type { ApprovalCriterion } from './approval-schema';
import { describePrincipals, principalsMatch } from '../../gates/principals';
import { recordEntry } from '../../records/records-schema';

export const approvalRule: CriterionRule<ApprovalCriterion> = {
  defaultLabel: (c) => `Approved by ${describePrincipals(c.approvers)}`,
  defaultHint: (c) => `An approver (${describePrincipals(c.approvers)}) approves in the Shipshape panel on the work item.`,
  check(c, { gateRecords }) {
    const needed = c.count ?? 1;
    const approvers = new Set((recordEntry(gateRecords.approvals, c.id) ?? []).filter((a) => principalsMatch(c.approvers, a)).map((a) => a.accountId));
    if (approvers.size >= needed) return pass(`${plural(approvers.size, 'approval')} of ${needed} needed`);
    return fail(`${approvers.size} of ${needed} approvals from ${describePrincipals(c.approvers)}`);
  },
};
