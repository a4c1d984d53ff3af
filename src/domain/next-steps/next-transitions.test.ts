import { nextTransitions } from './next-transitions';

const guarded = [
  { gateId: 'ready-for-qa', transitionId: '21', transitionName: 'Ready for QA' },
  { gateId: 'definition-of-done', transitionId: '31', transitionName: 'Done' },
  { gateId: 'definition-of-done', transitionId: '31', transitionName: 'Done' },
  // Another workflow's transition 31 is called "Close": not this item's "Done".
  { gateId: 'go-live', transitionId: '31', transitionName: 'Close' },
  // A gate that does not apply to the item's work type.
  { gateId: 'bug-triage', transitionId: '41', transitionName: 'Back to In Progress' },
];

describe('the item’s next transitions and the gates that guard them', () => {
  it('matches a rule by transition id and name, once per gate, for gates that apply to the item', () => {
    const next = nextTransitions(
      [
        { id: '31', name: 'Done', to: 'Done' },
        { id: '41', name: 'Back to In Progress', to: 'In Progress' },
      ],
      guarded,
      ['ready-for-qa', 'definition-of-done', 'go-live'],
    );
    expect(next).toEqual([
      { id: '31', name: 'Done', to: 'Done', gateIds: ['definition-of-done'] },
      { id: '41', name: 'Back to In Progress', to: 'In Progress', gateIds: [] },
    ]);
  });

  it('has no transitions when the person may take none', () => {
    expect(nextTransitions([], guarded, ['ready-for-qa'])).toEqual([]);
  });
});
