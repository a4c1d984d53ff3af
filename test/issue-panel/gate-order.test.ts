import { blockedFirst } from '../../static/issue-panel/src/gate-order';
import type { GateView } from '../../static/issue-panel/src/types';

const gate = (id: string, passed: boolean): GateView => ({ id, name: id, source: 'project', passed, criteria: [] });

describe('the order of the panel’s gates', () => {
  it('puts the gates that block first, each group keeping the gate set’s order', () => {
    const order = blockedFirst([gate('ready-for-qa', true), gate('dod', false), gate('go-live', true), gate('launch', false)]).map((g) => g.id);
    expect(order).toEqual(['dod', 'launch', 'ready-for-qa', 'go-live']);
  });

  it('keeps the order when every gate passes or every gate blocks', () => {
    expect(blockedFirst([gate('a', true), gate('b', true)]).map((g) => g.id)).toEqual(['a', 'b']);
    expect(blockedFirst([gate('a', false), gate('b', false)]).map((g) => g.id)).toEqual(['a', 'b']);
  });
});
