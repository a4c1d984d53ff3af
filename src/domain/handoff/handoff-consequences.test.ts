import { behaviour, issue, records, verification } from '../../../test/support/builders';
import type { Gate } from '../gates/gate-schema';
import { englishSay } from '../words/english';
import { handoffConsequences } from './handoff-consequences';

const DONE: Gate = {
  id: 'definition-of-done',
  name: 'Definition of Done',
  criteria: [
    { id: 'behaviours', kind: 'behaviours-verified', label: 'Behaviours verified' },
    { id: 'handoff', kind: 'handoff-complete', sections: ['summary', 'expectedBehaviours'], label: 'Handoff package complete' },
  ],
};
const CARD = 'Returning customer sees their last card preselected';
const GUEST = 'Guest checkout shows no saved cards';

const verified = records({
  handoff: { summary: 'Remember the card.', expectedBehaviours: [behaviour('b1', CARD), behaviour('b2', GUEST)] },
  verifications: { b1: verification(CARD), b2: verification(GUEST, 'failed') },
});
const passing = { ...verified, verifications: { b1: verification(CARD), b2: verification(GUEST) } };
/** The records after a save of the package (the QA results as they were). */
const saved = (expectedBehaviours: Array<{ id: string; text: string }>, summary = 'Remember the card.', base = verified) => ({
  ...base,
  handoff: { summary, expectedBehaviours },
});
const consequences = (after: ReturnType<typeof saved>, before = verified) => handoffConsequences([DONE], { issue: issue() }, before, after, englishSay);

describe("a save's consequences for what QA and the gates accepted", () => {
  it('names the QA results an edit or a removal sets aside, and nothing for an untouched or reordered package', () => {
    expect(consequences(saved([behaviour('b1', `${CARD} on web`), behaviour('b2', GUEST)])).reopened).toEqual([
      { behaviourId: 'b1', index: 0, status: 'passed', how: 'edited' },
    ]);
    expect(consequences(saved([behaviour('b1', CARD)])).reopened).toEqual([{ behaviourId: 'b2', index: 1, status: 'failed', how: 'removed' }]);
    expect(consequences(saved([behaviour('b2', GUEST), behaviour('b1', CARD)], 'A new summary.'))).toEqual({ reopened: [], lostGates: [] });
  });

  it('names a gate the item passes now and would fail, with the checks that would fail', () => {
    expect(consequences(saved([behaviour('b1', `${CARD} on web`), behaviour('b2', GUEST)], undefined, passing), passing).lostGates).toEqual([
      { gateId: 'definition-of-done', gateName: 'Definition of Done', checks: ['Behaviours verified'] },
    ]);
    expect(consequences(saved([behaviour('b1', CARD), behaviour('b2', GUEST)], '', passing), passing).lostGates).toEqual([
      { gateId: 'definition-of-done', gateName: 'Definition of Done', checks: ['Handoff package complete'] },
    ]);
    // A gate that fails already is not lost by the save.
    expect(consequences(saved([behaviour('b1', `${CARD} on web`), behaviour('b2', GUEST)])).lostGates).toEqual([]);
  });

  it('names a failure to retest (its bug is done) as the failed result it sets aside', () => {
    const bug = { issueId: '10200', key: 'ABC-200', accountId: 'quinn', at: '2026-12-01T10:00:00.000Z', doneAt: '2030-01-01T00:00:00.000Z' };
    const retest = { ...verified, bugs: { b2: bug } };
    expect(consequences(saved([behaviour('b1', CARD), behaviour('b2', `${GUEST} at all`)], undefined, retest), retest).reopened).toEqual([
      { behaviourId: 'b2', index: 1, status: 'failed', how: 'edited' },
    ]);
  });

  it('sets aside nothing that was never verified, or verified on older text', () => {
    const older = { ...verified, verifications: { b1: verification('An older wording'), b2: verification(GUEST) } };
    expect(consequences(saved([behaviour('b1', 'Newest wording'), behaviour('b2', GUEST)]), older).reopened).toEqual([]);
  });
});
