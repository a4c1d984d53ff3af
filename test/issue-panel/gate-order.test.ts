import { blockedFirst, placeGates } from '../../static/issue-panel/src/gate-order';
import type { GateView } from '../../static/issue-panel/src/types';

const gate = (id: string, passed: boolean): GateView => ({ id, name: id, source: 'project', passed, criteria: [] });
const placed = (list: ReturnType<typeof placeGates>) => list.map((p) => [p.gate.id, p.open, p.guards]);

describe('the order of the panel’s gates', () => {
  it('puts the gates that block first, each group keeping the gate set’s order', () => {
    const order = blockedFirst([gate('ready-for-qa', true), gate('dod', false), gate('go-live', true), gate('launch', false)]).map((g) => g.id);
    expect(order).toEqual(['dod', 'launch', 'ready-for-qa', 'go-live']);
  });

  it('without the next transitions, or with none the person may take: blocked gates first and open, passing ones collapsed', () => {
    for (const next of [undefined, []])
      expect(placed(placeGates([gate('a', true), gate('b', false)], next))).toEqual([
        ['b', true, undefined],
        ['a', false, undefined],
      ]);
  });

  it('puts the gates of the next transitions first (open while they block); a gate the item has moved past follows, collapsed, though it blocks', () => {
    const gates = [gate('start-progress', false), gate('ready-for-qa', true), gate('dod', false)];
    const next = [
      { id: '31', name: 'Done', gateIds: ['dod'] },
      { id: '21', name: 'Ready for QA', gateIds: ['ready-for-qa'] },
      { id: '11', name: 'Back to To Do', gateIds: [] },
    ];
    expect(placed(placeGates(gates, next))).toEqual([
      ['dod', true, ['Done']],
      ['ready-for-qa', false, ['Ready for QA']],
      ['start-progress', false, []],
    ]);
  });
});
