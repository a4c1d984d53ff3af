import { englishSay } from '../../words/english';
import { issue, ruleContext } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import type { LinkedDecisions } from '../../decisions/linked-decisions';
import type { ItemDecision } from '../../decisions/index-schema';
import { decisionsSettledRule } from './decisions-settled';
import { kindSpec } from '../kinds';

type Linked = Extract<LinkedDecisions, { state: 'read' }>['decisions'][number];
const decision = (status: ItemDecision['status'], signOff: ItemDecision['signOff'], n = 1): Linked => ({
  localId: 'table-1',
  id: `d${n}`,
  title: `Where do we keep card tokens? (${n})`,
  status,
  approver: 'acc-priya',
  driver: 'acc-alex',
  signOff,
  pageId: '131073',
  pageTitle: 'Checkout: saved cards — spec',
});
const base: CriterionOf<'decisions-settled'> = { id: 'decisions', kind: 'decisions-settled' };
const check = (decisions: LinkedDecisions | undefined, criterion = base) =>
  decisionsSettledRule.check(criterion, { ...ruleContext(issue()), ...(decisions ? { decisions } : {}) });
const read = (...decisions: Linked[]): LinkedDecisions => ({ state: 'read', decisions, omitted: 0 });

describe('decisions-settled rule', () => {
  it('passes an item no decision links', () => {
    expect(check(read())).toEqual({ passed: true, reason: 'No decisions link this work item' });
  });

  it('passes when every linked decision is decided and approved as it stands', () => {
    expect(check(read(decision('decided', 'current')))).toEqual({ passed: true, reason: 'The 1 linked decision is settled' });
    expect(check(read(decision('decided', 'current', 1), decision('decided', 'current', 2)))).toEqual({
      passed: true,
      reason: 'All 2 linked decisions are settled',
    });
  });

  it('counts the open decisions by why, never naming a decision or its page, when nobody asked Confluence what the reader may view', () => {
    const outcome = check(
      read(
        decision('in-progress', 'none', 1),
        decision('not-started', 'none', 2),
        decision('in-progress', 'current', 3),
        decision('decided', 'none', 4),
        decision('decided', 'stale', 5),
        decision('decided', 'rejected', 6),
        decision('deferred', 'current', 7),
        decision('decided', 'current', 8),
      ),
    );
    expect(outcome).toEqual({
      passed: false,
      reason:
        "7 linked decisions are not settled: 1 not started, 2 in progress, 1 deferred, 1 awaiting the Approver's approval, 1 changed since the Approver approved, 1 rejected by the Approver",
    });
    expect(outcome.reason).not.toMatch(/card tokens|saved cards/);
  });

  it('lets a deferred decision settle the item and drops the approval when the criterion says so', () => {
    expect(check(read(decision('deferred', 'current')), { ...base, allowDeferred: true }).passed).toBe(true);
    expect(check(read(decision('deferred', 'none')), { ...base, allowDeferred: true }).reason).toBe(
      "1 linked decision is not settled: 1 awaiting the Approver's approval",
    );
    expect(check(read(decision('decided', 'none'), decision('deferred', 'stale', 2)), { ...base, allowDeferred: true, requireApproval: false }).passed).toBe(
      true,
    );
    expect(check(read(decision('in-progress', 'current')), { ...base, requireApproval: false }).reason).toBe('1 linked decision is not settled: 1 in progress');
  });

  it('fails closed when the decisions were not read, cannot be read, or did not all fit the index', () => {
    const unreadable = 'The decisions linked to this work item cannot be read, so this check cannot pass';
    expect(check(undefined)).toEqual({ passed: false, reason: unreadable });
    expect(check({ state: 'unreadable' })).toEqual({ passed: false, reason: unreadable });
    expect(check({ state: 'read', decisions: [decision('decided', 'current')], omitted: 3 })).toEqual({
      passed: false,
      reason: '3 more decisions link this work item than Shipshape keeps track of: unlink some decisions',
    });
  });

  it('reads its options from a gate file and refuses anything else', () => {
    const { schema } = kindSpec('decisions-settled');
    expect(schema.parse({ id: 'd', kind: 'decisions-settled', allowDeferred: true, requireApproval: false })).toMatchObject({ allowDeferred: true });
    expect(schema.safeParse({ id: 'd', kind: 'decisions-settled', allowDeferred: 'yes' }).success).toBe(false);
    expect(schema.safeParse({ id: 'd', kind: 'decisions-settled', spaces: ['PROD'] }).success).toBe(false);
  });

  it('has a default label and hint', () => {
    const view = ruleContext(issue()).issue;
    expect(decisionsSettledRule.defaultLabel(base, view, englishSay)).toBe('Linked decisions are settled');
    expect(decisionsSettledRule.defaultHint(base, view, englishSay)).toMatch(/^Settle the decisions in their Confluence spec/);
  });
});
