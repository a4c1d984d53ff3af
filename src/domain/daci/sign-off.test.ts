import { SIGN_OFF_LABELS } from './decision-labels';
import { emptySignOffs, latestSignOff, mayAnswer, signOffState, signOffsDocSchema, withSignOff, SIGN_OFF_HISTORY, type SignOff } from './sign-off';
import { decisionFingerprint } from './fingerprint';
import { aDecision } from './daci-fixtures.test-support';

const answer = (overrides: Partial<SignOff> = {}): SignOff => ({
  outcome: 'approved',
  accountId: 'acc-alex',
  at: '2026-11-28T10:00:00.000Z',
  pageVersion: 3,
  comment: 'Go',
  fingerprint: decisionFingerprint(aDecision()),
  ...overrides,
});

describe('sign-offs', () => {
  it('only the Approver may answer', () => {
    expect(mayAnswer(aDecision(), 'acc-alex')).toBe(true);
    expect(mayAnswer(aDecision(), 'acc-priya')).toBe(false);
    expect(mayAnswer(aDecision(), undefined)).toBe(false);
    expect(mayAnswer(aDecision({ approver: '' }), '')).toBe(false);
  });

  it('becomes stale when the text or roles change', () => {
    expect(signOffState(aDecision(), undefined)).toBe('none');
    expect(signOffState(aDecision(), answer())).toBe('approved');
    expect(signOffState(aDecision(), answer({ outcome: 'rejected' }))).toBe('rejected');
    expect(signOffState(aDecision({ title: 'Changed' }), answer())).toBe('stale');
    expect(signOffState(aDecision({ title: 'Changed' }), answer({ outcome: 'rejected' }))).toBe('stale-rejection');
    expect(SIGN_OFF_LABELS['stale-rejection']).toBe('Stale: changed since rejection');
    expect(signOffState(aDecision({ status: 'decided' }), answer())).toBe('approved');
  });

  it('keeps the latest answers per decision, capped', () => {
    let doc = emptySignOffs();
    for (let i = 1; i <= SIGN_OFF_HISTORY + 2; i += 1) doc = withSignOff(doc, 'storage', answer({ pageVersion: i }), new Set(['storage']), Infinity)!;
    expect(doc.decisions['storage']).toHaveLength(SIGN_OFF_HISTORY);
    expect(latestSignOff(doc, 'storage')?.pageVersion).toBe(SIGN_OFF_HISTORY + 2);
    expect(latestSignOff(doc, 'other')).toBeUndefined();
    expect(signOffsDocSchema.safeParse(doc).success).toBe(true);
  });

  it('drops the answers of decisions no longer in the table', () => {
    let doc = withSignOff(emptySignOffs(), 'gone', answer(), new Set(['gone']), Infinity)!;
    doc = withSignOff(doc, 'storage', answer(), new Set(['storage']), Infinity)!;
    expect(Object.keys(doc.decisions)).toEqual(['storage']);
  });

  it('stays under its byte cap by dropping the oldest answers that are not a latest one, and refuses when the latest alone do not fit', () => {
    const long = (i: number) => answer({ comment: 'x'.repeat(900), at: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z` });
    const ids = ['a', 'b', 'c'];
    let doc = emptySignOffs();
    for (let i = 0; i < 9; i += 1) doc = withSignOff(doc, ids[i % 3]!, long(i), new Set(ids), 4000)!;
    expect(new TextEncoder().encode(JSON.stringify(doc)).byteLength).toBeLessThanOrEqual(4000);
    expect(ids.map((id) => latestSignOff(doc, id)?.at)).toEqual(['2026-11-16T09:00:00.000Z', '2026-11-17T09:00:00.000Z', '2026-11-18T09:00:00.000Z']);
    expect(withSignOff(doc, 'a', long(9), new Set(ids), 2000)).toBeUndefined();
  });

  it('reads own entries only: a decision id that is an Object.prototype name has no answers', () => {
    for (const id of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(latestSignOff(emptySignOffs(), id)).toBeUndefined();
      const doc = withSignOff(emptySignOffs(), id, answer(), new Set([id]), Infinity)!;
      expect(latestSignOff(doc, id)).toEqual(answer());
    }
  });

  it('the stored format refuses records it does not know', () => {
    expect(signOffsDocSchema.safeParse({ format: 'shipshape.daci-signoffs/v1', decisions: { a: [{ ...answer(), outcome: 'maybe' }] } }).success).toBe(false);
  });
});
