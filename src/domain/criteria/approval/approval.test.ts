import { englishSay } from '../../words/english';
import { approval, gateRecords, issue, records, ruleContext, type Memberships, type Person } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import type { Principals } from '../../gates/principals';
import type { Approval } from '../../records/records-schema';
import { approvalRule } from './approval';

type ApprovalCriterion = CriterionOf<'approval'>;
const criterion = (approvers: Principals, count?: number): ApprovalCriterion => ({
  id: 'sign-off',
  kind: 'approval',
  approvers,
  ...(count === undefined ? {} : { count }),
});
const check = (c: ApprovalCriterion, approvals: Approval[]) =>
  approvalRule.check(c, ruleContext(issue(), gateRecords({ approvals: { 'sign-off': approvals } })));
const by = (person: Person, memberships: Memberships = {}) => approval(person, memberships);

describe('approval rule', () => {
  describe('who counts', () => {
    it('counts a member of a listed group, ignoring case', () => {
      const c = criterion({ groups: ['product-managers'] });
      expect(check(c, [by('priya', { groups: ['jira-software-users', 'Product-Managers'] })])).toEqual({ passed: true, reason: '1 approval of 1 needed' });
    });

    it('counts a holder of a listed project role', () => {
      expect(check(criterion({ projectRoles: ['QA'] }), [by('quinn', { projectRoles: ['qa'] })]).passed).toBe(true);
    });

    it('counts a listed person', () => {
      expect(check(criterion({ accountIds: [by('lee').accountId] }), [by('lee')]).passed).toBe(true);
    });

    it('counts anyone matching any of groups, roles or people', () => {
      const c = criterion({ groups: ['product-managers'], projectRoles: ['QA'], accountIds: [by('lee').accountId] }, 3);
      expect(check(c, [by('priya', { groups: ['product-managers'] }), by('quinn', { projectRoles: ['QA'] }), by('lee')])).toEqual({
        passed: true,
        reason: '3 approvals of 3 needed',
      });
    });

    it('ignores approvers who match nothing', () => {
      const c = criterion({ groups: ['product-managers'] });
      expect(check(c, [by('dana', { groups: ['developers'], projectRoles: ['product-managers'] })])).toEqual({
        passed: false,
        reason: '0 of 1 approvals from members of the product-managers group',
      });
    });

    it('does not count an account id that differs only in case', () => {
      expect(check(criterion({ accountIds: ['5B10A2844C20165700EDE21G'] }), [by('dana')]).passed).toBe(false);
    });
  });

  describe('how many', () => {
    it('needs one approval by default', () => {
      expect(check(criterion({ groups: ['qa'] }), [])).toEqual({ passed: false, reason: '0 of 1 approvals from members of the qa group' });
      expect(approvalRule.check(criterion({ groups: ['qa'] }), ruleContext(issue(), records())).passed).toBe(false);
    });

    it('needs `count` distinct people', () => {
      const c = criterion({ projectRoles: ['QA'] }, 2);
      expect(check(c, [by('quinn', { projectRoles: ['QA'] })])).toEqual({ passed: false, reason: '1 of 2 approvals from people in the QA project role' });
      expect(check(c, [by('quinn', { projectRoles: ['QA'] }), by('lee', { projectRoles: ['QA'] })])).toEqual({
        passed: true,
        reason: '2 approvals of 2 needed',
      });
    });

    it('counts the same person approving twice once', () => {
      const c = criterion({ projectRoles: ['QA'] }, 2);
      const twice = [
        approval('quinn', { projectRoles: ['QA'] }, '2025-03-10T10:00:00.000Z'),
        approval('quinn', { projectRoles: ['QA'] }, '2025-03-10T11:00:00.000Z'),
      ];
      expect(check(c, twice)).toEqual({ passed: false, reason: '1 of 2 approvals from people in the QA project role' });
    });

    it('passes with more approvals than needed', () => {
      const c = criterion({ groups: ['qa'] });
      expect(check(c, [by('quinn', { groups: ['qa'] }), by('lee', { groups: ['qa'] })])).toEqual({ passed: true, reason: '2 approvals of 1 needed' });
    });
  });

  it('counts only approvals for this criterion id under this gate', () => {
    const c = criterion({ groups: ['qa'] });
    const elsewhere = records({
      gates: {
        'ready-for-qa': { approvals: { 'other-sign-off': [by('quinn', { groups: ['qa'] })] } },
        done: { approvals: { 'sign-off': [by('quinn', { groups: ['qa'] })] } },
      },
    });
    expect(approvalRule.check(c, ruleContext(issue(), elsewhere)).passed).toBe(false);
    expect(approvalRule.check(c, ruleContext(issue(), elsewhere, 'done')).passed).toBe(true);
  });

  it('does not mistake inherited properties for approvals', () => {
    const c: ApprovalCriterion = { id: 'constructor', kind: 'approval', approvers: { groups: ['qa'] } };
    const r = gateRecords({ approvals: { other: [by('quinn', { groups: ['qa'] })] } });
    expect(approvalRule.check(c, ruleContext(issue(), r))).toEqual({ passed: false, reason: '0 of 1 approvals from members of the qa group' });
  });

  it('describes the approvers in its label and hint', () => {
    const view = ruleContext(issue()).issue;
    const c = criterion({ groups: ['product-managers', 'leads'], projectRoles: ['QA'], accountIds: ['a', 'b'] });
    expect(approvalRule.defaultLabel(c, view, englishSay)).toBe(
      'Approved by members of the product-managers or leads groups, people in the QA project role or 2 named people',
    );
    expect(approvalRule.defaultHint(criterion({ accountIds: ['a'] }), view, englishSay)).toBe(
      'An approver (1 named person) approves in the Shipshape panel on the work item.',
    );
  });
});
