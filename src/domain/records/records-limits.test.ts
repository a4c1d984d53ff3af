import { records } from '../../../test/support/builders';
import { handoffLimitProblems, recordBytes, recordSizeProblem, RECORD_LIMITS } from './records-limits';
import { sayProblem } from '../say-problem';
import german from '../../../locales/de-DE.json';
import { lookupIn, sayWith } from '../words/say';
import { itemRecordsSchema } from './records-schema';

describe('record limits', () => {
  it('accept a package exactly at every limit', () => {
    const atLimit = {
      summary: 's'.repeat(10000),
      testData: 't'.repeat(10000),
      releaseNotes: 'r'.repeat(10000),
      expectedBehaviours: Array.from({ length: 200 }, () => ({ text: 'b'.repeat(2000) })),
      riskAreas: Array.from({ length: 100 }, () => ({ text: 'k'.repeat(2000) })),
    };
    expect(handoffLimitProblems(atLimit)).toEqual([]);
  });

  it('name every field over its limit, with its size and the limit', () => {
    expect(
      handoffLimitProblems({ summary: 's'.repeat(10001), testData: 't'.repeat(12345), expectedBehaviours: Array.from({ length: 201 }, () => ({ text: 'b' })) }),
    ).toEqual([
      expect.objectContaining({ path: 'handoff.summary', message: 'is 10,001 characters; the limit is 10,000' }),
      expect.objectContaining({ path: 'handoff.expectedBehaviours', message: 'has 201 entries; the limit is 200' }),
      expect.objectContaining({ path: 'handoff.testData', message: 'is 12,345 characters; the limit is 10,000' }),
    ]);
    const [summary] = handoffLimitProblems({ summary: 's'.repeat(10001) });
    expect(
      sayProblem(
        summary!,
        sayWith('de-DE', (key) => lookupIn(german, key) ?? key),
      ),
    ).toBe('hat 10.001 Zeichen; die Grenze ist 10.000');
  });

  it('are never looser than the records format, so what the app writes stays valid', () => {
    const record = records({
      handoff: {
        summary: 's'.repeat(RECORD_LIMITS.sectionCharacters),
        expectedBehaviours: Array.from({ length: RECORD_LIMITS.behaviours }, (_, i) => ({ id: `b${i}`, text: 'b'.repeat(RECORD_LIMITS.entryCharacters) })),
      },
    });
    expect(itemRecordsSchema.safeParse(record).success).toBe(true);
  });

  it('measure records in UTF-8 bytes, and refuse them above 200 KB with their own message', () => {
    expect(recordBytes(records({ handoff: { summary: 'é' } }))).toBe(JSON.stringify(records({ handoff: { summary: 'é' } })).length + 1);
    const big = records({ handoff: { summary: '€'.repeat(70000) } });
    expect(recordSizeProblem(big)).toMatchObject({
      path: '(records)',
      message: "This work item's Shipshape records would be 206 KB; the limit is 200 KB. Shorten the longest sections of the handoff package, then save again.",
    });
    expect(recordSizeProblem(records({ handoff: { summary: 'x'.repeat(100000) } }))).toBeUndefined();
  });
});
