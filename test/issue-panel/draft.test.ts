import { draftFrom, handoffPayload, handoffText, moved } from '../../static/issue-panel/src/draft';
import { fieldProblems } from '../../static/issue-panel/src/field-problems';
import type { HandoffView } from '../../static/issue-panel/src/types';
import german from '../../locales/de-DE.json';
import { lookupIn, sayWith } from '../../src/domain/words/say';

// A problem with words shows in the person's language; one without shows its message as it is.
const GERMAN = sayWith('de-DE', (key) => lookupIn(german, key) ?? key);

const HANDOFF: HandoffView = {
  summary: 'Save a card',
  expectedBehaviours: [
    { id: 'b1', text: 'Stores the card', state: 'passed' },
    { id: 'b2', text: 'Guests see none', state: 'untested' },
  ],
  riskAreas: [{ id: 'r1', text: 'Shared payment step', severity: 'high' }],
  testData: 'qa@example.com',
  releaseNotes: 'Save your card.',
};

describe('the edit form draft', () => {
  it('keeps each saved id, so verifications follow an edited behaviour, and leaves out blank rows', () => {
    const draft = draftFrom(HANDOFF);
    draft.behaviours = moved(draft.behaviours, 1, -1);
    draft.behaviours.push({ key: 'new', text: '  ' }, { key: 'new2', text: 'A new one' });
    expect(handoffPayload(draft)).toEqual({
      summary: 'Save a card',
      expectedBehaviours: [{ id: 'b2', text: 'Guests see none' }, { id: 'b1', text: 'Stores the card' }, { text: 'A new one' }],
      riskAreas: [{ id: 'r1', text: 'Shared payment step', severity: 'high' }],
      testData: 'qa@example.com',
      releaseNotes: 'Save your card.',
    });
  });

  it('does not move past either end', () => {
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
  });

  it("tells a change of the package's words from a change of QA's results", () => {
    const verified: HandoffView = { ...HANDOFF, expectedBehaviours: HANDOFF.expectedBehaviours.map((b) => ({ ...b, state: 'failed' as const })) };
    expect(handoffText(verified)).toBe(handoffText(HANDOFF));
    expect(handoffText({ ...HANDOFF, summary: 'Other' })).not.toBe(handoffText(HANDOFF));
  });

  it('places the problems the app names next to their fields, mapping indexes past blank rows', () => {
    const draft = draftFrom(HANDOFF);
    draft.behaviours.splice(0, 0, { key: 'blank', text: '' });
    const problems = fieldProblems(
      {
        code: 'TOO_LARGE',
        message: 'Too large',
        problems: [
          {
            path: 'handoff.releaseNotes',
            message: 'is 10,240 characters; the limit is 10,000',
            words: { key: 'problems.textTooLong', values: { length: 10240, limit: 10000 } },
          },
          { path: 'handoff.expectedBehaviours[1].text', message: 'Expected behaviour 2 is 2,450 characters; the limit is 2,000' },
          { path: 'handoff.riskAreas', message: 'Known risk areas has 101 entries; the limit is 100' },
          { path: '(records)', message: 'The records would be 210 KB', words: { key: 'problems.recordsTooLarge', values: { size: 210, limit: 200 } } },
        ],
      },
      draft,
      GERMAN,
    );
    expect(problems).toEqual({
      releaseNotes: 'Entwurf der Release Notes hat 10.240 Zeichen; die Grenze ist 10.000',
      [draft.behaviours[2]!.key]: 'Expected behaviour 2 is 2,450 characters; the limit is 2,000',
      risks: 'Known risk areas has 101 entries; the limit is 100',
      general: GERMAN('problems.recordsTooLarge', { size: 210, limit: 200 }),
    });
  });
});
