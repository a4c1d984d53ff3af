import type { PanelData } from '../../src/resolvers/panel-data';
import { isCheckRequestFor, isNewerPanelOf } from '../../src/resolvers/panel-event';

const panel = (id: string, revision: number): PanelData =>
  ({ issue: { id, key: `ABC-${id}` }, revision, gates: [], handoff: { sections: {}, behaviours: [] } }) as unknown as PanelData;

describe("isNewerPanelOf (the context view taking the panel's event)", () => {
  const current = panel('10005', 3);

  it('takes the same item at the same or a newer revision', () => {
    expect(isNewerPanelOf(current, panel('10005', 3))).toBe(true);
    expect(isNewerPanelOf(current, panel('10005', 4))).toBe(true);
  });

  it('ignores another item, an older revision, and anything not shaped like panel data', () => {
    expect(isNewerPanelOf(current, panel('10006', 9))).toBe(false);
    expect(isNewerPanelOf(current, panel('10005', 2))).toBe(false);
    for (const junk of [undefined, null, 'ABC-5', 7, { issue: { id: '10005' }, revision: 5 }, { ...panel('10005', 5), gates: 'none' }]) {
      expect(isNewerPanelOf(current, junk)).toBe(false);
    }
  });
});

describe('isCheckRequestFor (the panel taking the context view\'s "show this check")', () => {
  it("takes a request for this item's check", () => {
    expect(isCheckRequestFor('10005', { issueId: '10005', gateId: 'definition-of-done', criterionId: 'release-notes' })).toBe(true);
  });

  it('ignores another item and anything not shaped like a request', () => {
    expect(isCheckRequestFor('10005', { issueId: '10006', gateId: 'dod', criterionId: 'c' })).toBe(false);
    for (const junk of [undefined, null, 'dod', { issueId: '10005', gateId: 'dod' }, { issueId: '10005', gateId: 7, criterionId: 'c' }]) {
      expect(isCheckRequestFor('10005', junk)).toBe(false);
    }
  });
});
