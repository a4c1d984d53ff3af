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
    expect(signOffState(aDecision({ status: 'decided' }), answer())).toBe('approved');
  });

  it('keeps the latest answers per decision, capped', () => {
    let doc = emptySignOffs();
    for (let i = 1; i <= SIGN_OFF_HISTORY + 2; i += 1) doc = withSignOff(doc, 'storage', answer({ pageVersion: i }));
    expect(doc.decisions['storage']).toHaveLength(SIGN_OFF_HISTORY);
    expect(latestSignOff(doc, 'storage')?.pageVersion).toBe(SIGN_OFF_HISTORY + 2);
    expect(latestSignOff(doc, 'other')).toBeUndefined();
    expect(signOffsDocSchema.safeParse(doc).success).toBe(true);
  });

  it('the stored format refuses records it does not know', () => {
    expect(signOffsDocSchema.safeParse({ format: 'shipshape.daci-signoffs/v1', decisions: { a: [{ ...answer(), outcome: 'maybe' }] } }).success).toBe(false);
  });
});
