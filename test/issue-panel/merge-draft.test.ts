import { draftFrom } from '../../static/issue-panel/src/draft';
import { mergeDraft } from '../../static/issue-panel/src/merge-draft';
import type { HandoffView } from '../../static/issue-panel/src/types';

const base: HandoffView = {
  summary: 'Estimate shown at checkout.',
  expectedBehaviours: [{ id: 'b1', text: 'Shows the date', state: 'untested' }],
  riskAreas: [{ id: 'r1', text: 'Carrier API slow', severity: 'high' }],
  testData: 'Any basket.',
  releaseNotes: '',
};

describe('merging a draft with the package someone else saved since', () => {
  it('takes their sections the person did not touch and keeps the person’s own', () => {
    const mine = { ...draftFrom(base), summary: 'My summary.' };
    const theirs: HandoffView = { ...base, releaseNotes: 'Their notes.', riskAreas: [...base.riskAreas, { id: 'r2', text: 'Time zones', severity: 'low' }] };
    const merged = mergeDraft(base, mine, theirs);
    expect(merged.draft.summary).toBe('My summary.');
    expect(merged.draft.releaseNotes).toBe('Their notes.');
    expect(merged.draft.risks.map((r) => [r.id, r.text])).toEqual([
      ['r1', 'Carrier API slow'],
      ['r2', 'Time zones'],
    ]);
    expect(merged.taken).toEqual(['riskAreas', 'releaseNotes']);
    expect(merged.clashes).toEqual([]);
  });

  it('keeps the person’s text where both changed a section, and names it', () => {
    const mine = { ...draftFrom(base), summary: 'Mine.', testData: 'Same words.' };
    const theirs: HandoffView = { ...base, summary: 'Theirs.', testData: 'Same words.' };
    const merged = mergeDraft(base, mine, theirs);
    expect(merged.draft.summary).toBe('Mine.');
    expect(merged.clashes).toEqual(['summary']);
    // Both wrote the same words: nothing to take and no clash.
    expect(merged.taken).toEqual([]);
  });

  it('sees an edited behaviour as a change, and empty rows as nothing', () => {
    const mine = { ...draftFrom(base), behaviours: [...draftFrom(base).behaviours, { key: 'k', text: '  ' }] };
    const theirs: HandoffView = { ...base, expectedBehaviours: [{ id: 'b1', text: 'Shows the date and the time', state: 'untested' }] };
    const merged = mergeDraft(base, mine, theirs);
    expect(merged.draft.behaviours.map((b) => b.text)).toEqual(['Shows the date and the time']);
    expect(merged.taken).toEqual(['expectedBehaviours']);
  });
});
