import { englishSay } from '../../words/english';
import { gateRecords, issue, records, ruleContext, tick, PEOPLE } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import { manualRule } from './manual';

const criterion = (id = 'support-briefed'): CriterionOf<'manual'> => ({ id, kind: 'manual' });

describe('manual rule', () => {
  it('passes when ticked, saying who ticked it and when', () => {
    const r = gateRecords({ ticks: { 'support-briefed': tick('lee', '2025-03-10T08:15:00.000Z') } });
    expect(manualRule.check(criterion(), ruleContext(issue(), r))).toEqual({
      passed: true,
      reason: `Ticked by ${PEOPLE.lee.accountId} at 2025-03-10T08:15:00.000Z`,
    });
  });

  it('fails when not ticked', () => {
    expect(manualRule.check(criterion(), ruleContext(issue(), records()))).toEqual({ passed: false, reason: 'Not ticked yet' });
    expect(manualRule.check(criterion(), ruleContext(issue(), gateRecords({ ticks: {} })))).toEqual({ passed: false, reason: 'Not ticked yet' });
  });

  it('counts only the tick for this criterion id', () => {
    const r = gateRecords({ ticks: { 'copy-reviewed': tick('lee') } });
    expect(manualRule.check(criterion(), ruleContext(issue(), r)).passed).toBe(false);
  });

  it('counts only ticks recorded under this gate', () => {
    const r = gateRecords({ ticks: { 'support-briefed': tick('lee') } }, 'done');
    expect(manualRule.check(criterion(), ruleContext(issue(), r, 'ready-for-qa')).passed).toBe(false);
    expect(manualRule.check(criterion(), ruleContext(issue(), r, 'done')).passed).toBe(true);
  });

  it('does not mistake inherited properties for ticks', () => {
    const r = gateRecords({ ticks: { other: tick('lee') } });
    expect(manualRule.check(criterion('constructor'), ruleContext(issue(), r))).toEqual({ passed: false, reason: 'Not ticked yet' });
  });

  it('has a default label and hint', () => {
    const view = ruleContext(issue()).issue;
    expect(manualRule.defaultLabel(criterion(), view, englishSay)).toBe('Confirmed by a person: support-briefed');
    expect(manualRule.defaultHint(criterion(), view, englishSay)).toBe('Tick this item in the Shipshape panel on the work item once it is true.');
  });
});
