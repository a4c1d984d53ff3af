import { englishSay } from '../../words/english';
import { behaviour, issue, records, recordsFixture, ruleContext, verification } from '../../../../test/support/builders';
import type { CriterionOf } from '../../gates/criterion-schema';
import type { ItemRecords, Verification } from '../../records/records-schema';
import { behaviourState, behavioursVerifiedRule } from './behaviours-verified';

const criterion: CriterionOf<'behaviours-verified'> = { id: 'behaviours', kind: 'behaviours-verified' };
const withBehaviours = (behaviours: { id: string; text: string }[], verifications: Record<string, Verification> = {}): ItemRecords =>
  records({ handoff: { expectedBehaviours: behaviours }, verifications });
const check = (r: ItemRecords) => behavioursVerifiedRule.check(criterion, ruleContext(issue(), r));

const CARD = 'Returning customer sees their last card preselected';
const NONE = 'Customer with no previous order sees no preselection';
const REMOVE = 'Removing a saved card clears the preselection';

describe('behaviours-verified rule', () => {
  it('fails when no expected behaviour is written', () => {
    const reason = 'No expected behaviours are written yet';
    expect(check(records())).toEqual({ passed: false, reason });
    expect(check(withBehaviours([]))).toEqual({ passed: false, reason });
    expect(check(withBehaviours([behaviour('b1', '  ')]))).toEqual({ passed: false, reason });
  });

  it('passes when every behaviour is verified as passed on its current text', () => {
    const r = withBehaviours([behaviour('b1', CARD), behaviour('b2', NONE)], { b1: verification(CARD), b2: verification(NONE) });
    expect(check(r)).toEqual({ passed: true, reason: 'All 2 behaviours verified' });
  });

  it('names an untested behaviour', () => {
    expect(check(withBehaviours([behaviour('b1', 'Short text')]))).toEqual({ passed: false, reason: '1 of 1 behaviour not verified: "Short text" (untested)' });
  });

  it('names a failed behaviour and shortens long texts', () => {
    const r = withBehaviours([behaviour('b1', CARD), behaviour('b2', NONE)], { b1: verification(CARD), b2: verification(NONE, 'failed') });
    expect(check(r)).toEqual({ passed: false, reason: '1 of 2 behaviours not verified: "Customer with no previous order sees no…" (failed)' });
  });

  describe('with a bug QA filed from the failure', () => {
    const bug = (doneAt?: string) => ({ issueId: '10200', key: 'ABC-200', accountId: 'quinn', at: '2026-12-01T10:00:00.000Z', ...(doneAt ? { doneAt } : {}) });
    const failedAt = (at: string) => ({ ...verification(NONE, 'failed'), at });
    const withBug = (at: string, doneAt?: string) => ({ ...withBehaviours([behaviour('b2', NONE)], { b2: failedAt(at) }), bugs: { b2: bug(doneAt) } });

    it('names the open bug the item waits for', () => {
      expect(check(withBug('2026-12-01T09:00:00.000Z'))).toEqual({
        passed: false,
        reason: '1 of 1 behaviour not verified: "Customer with no previous order sees no…" (failed, bug ABC-200 open)',
      });
    });

    it('turns to retest once the bug is done after the failure, and stays failed when the retest failed again', () => {
      const retest = withBug('2026-12-01T09:00:00.000Z', '2026-12-02T10:00:00.000Z');
      expect(behaviourState(retest, behaviour('b2', NONE), undefined)).toBe('retest');
      expect(check(retest)).toEqual({
        passed: false,
        reason: '1 of 1 behaviour not verified: "Customer with no previous order sees no…" (to retest, bug ABC-200 done)',
      });
      const failedAgain = withBug('2026-12-03T09:00:00.000Z', '2026-12-02T10:00:00.000Z');
      expect(behaviourState(failedAgain, behaviour('b2', NONE), undefined)).toBe('failed');
      expect(check(failedAgain)).toMatchObject({ reason: expect.stringMatching(/\(failed\)$/) });
    });

    it('a retest passed counts as passed', () => {
      const passed = {
        ...withBehaviours([behaviour('b2', NONE)], { b2: { ...verification(NONE), at: '2026-12-03T09:00:00.000Z' } }),
        bugs: { b2: bug('2026-12-02T10:00:00.000Z') },
      };
      expect(check(passed)).toEqual({ passed: true, reason: 'All 1 behaviour verified' });
    });
  });

  it('treats a verification of different text as stale', () => {
    const r = withBehaviours([behaviour('b1', REMOVE)], { b1: verification('Removing a card clears the preselection') });
    expect(check(r)).toEqual({ passed: false, reason: '1 of 1 behaviour not verified: "Removing a saved card clears the presel…" (changed since verified)' });
  });

  it('lists three open behaviours and counts the rest', () => {
    const texts = ['One', 'Two', 'Three', 'Four', 'Five'];
    const r = withBehaviours(
      texts.map((t, i) => behaviour(`b${i}`, t)),
      { b0: verification('One', 'failed') },
    );
    expect(check(r).reason).toBe('5 of 5 behaviours not verified: "One" (failed), "Two" (untested), "Three" (untested) and 2 more');
  });

  it('ignores blank behaviours when others are verified', () => {
    const r = withBehaviours([behaviour('b1', CARD), behaviour('b2', ' ')], { b1: verification(CARD) });
    expect(check(r)).toEqual({ passed: true, reason: 'All 1 behaviour verified' });
  });

  it('reads the records fixtures', () => {
    expect(check(recordsFixture('records-ready'))).toEqual({ passed: true, reason: 'All 3 behaviours verified' });
    expect(check(recordsFixture('records-failing'))).toEqual({
      passed: false,
      reason:
        '3 of 4 behaviours not verified: "Estimate updates when the postcode chan…" (failed), "Out-of-stock items show no estimate" (changed since verified), "Estimate service timeout hides the esti…" (untested)',
    });
  });

  describe('behaviourState', () => {
    const r = records({ verifications: { b1: verification(CARD), b2: verification(NONE, 'failed') } });
    it.each([
      [behaviour('b1', CARD), 'passed'],
      [behaviour('b2', NONE), 'failed'],
      [behaviour('b1', `${CARD}.`), 'changed since verified'],
      [behaviour('b9', CARD), 'untested'],
      [behaviour('constructor', CARD), 'untested'],
      [behaviour('toString', CARD), 'untested'],
    ])('%j is %s', (b, state) => {
      expect(behaviourState(r, b, undefined)).toBe(state);
    });
  });

  describe('counts a verification only from someone the QA verifiers include, by the rights recorded with it', () => {
    const qa = { groups: ['qa'] };
    const byEngineer = verification(CARD, 'passed', 'dana', { mayEdit: true });
    const byQa = verification(CARD, 'passed', 'quinn', { groups: ['qa'], mayEdit: false });
    const legacy = verification(CARD, 'passed', 'quinn', {});
    const state = (v: Verification, verifiers?: { groups: string[] }) =>
      behaviourState(records({ verifications: { b1: v } }), behaviour('b1', CARD), verifiers);
    it('under QA verifiers: a QA member counts, an engineer who may edit does not', () => {
      expect(state(byQa, qa)).toBe('passed');
      expect(state(byEngineer, qa)).toBe('verified by someone who may not');
    });
    it('without QA verifiers: whoever could edit the item when verifying counts, a QA member who could not does not', () => {
      expect(state(byEngineer)).toBe('passed');
      expect(state(byQa)).toBe('verified by someone who may not');
    });
    it('a verification recorded without rights (before they were recorded) counts nowhere', () => {
      expect(state(legacy, qa)).toBe('verified by someone who may not');
      expect(state(legacy)).toBe('verified by someone who may not');
    });
    it('the rule fails on a verification that does not count', () => {
      const r = withBehaviours([behaviour('b1', CARD)], { b1: byEngineer });
      expect(behavioursVerifiedRule.check(criterion, { ...ruleContext(issue(), r), qaVerifiers: qa })).toEqual({
        passed: false,
        reason: `1 of 1 behaviour not verified: "${CARD.slice(0, 39)}…" (verified by someone who may not)`,
      });
    });
  });

  it('has a default label and hint', () => {
    const view = ruleContext(issue()).issue;
    expect(behavioursVerifiedRule.defaultLabel(criterion, view, englishSay)).toBe('Expected behaviours verified by QA');
    expect(behavioursVerifiedRule.defaultHint(criterion, view, englishSay)).toBe(
      'QA verify each expected behaviour in the Shipshape panel; fix and re-verify the failed ones.',
    );
  });
});
