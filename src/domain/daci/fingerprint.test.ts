import { canonicalJson, decisionFingerprint, stableHash } from './fingerprint';
import { aDecision } from './daci-fixtures.test-support';

describe('decisionFingerprint', () => {
  const base = decisionFingerprint(aDecision());

  it('is stable and ignores key order and the order of people', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
    expect(decisionFingerprint(aDecision())).toBe(base);
    expect(decisionFingerprint(aDecision({ contributors: ['b', 'a'] }))).toBe(decisionFingerprint(aDecision({ contributors: ['a', 'b'] })));
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['title', { title: 'Other' }],
    ['background', { background: 'More' }],
    ['outcome', { outcome: 'Vault' }],
    ['options', { options: [] }],
    ['driver', { driver: 'acc-x' }],
    ['approver', { approver: 'acc-x' }],
    ['contributors', { contributors: [] }],
    ['informed', { informed: ['acc-quinn', 'acc-y'] }],
  ])('changes when the %s changes', (_field, change) => {
    expect(decisionFingerprint(aDecision(change))).not.toBe(base);
  });

  it.each([
    ['status', { status: 'decided' as const }],
    ['impact', { impact: 'low' as const }],
    ['due', { due: '2027-01-01' }],
    ['jiraKeys', { jiraKeys: [] }],
  ])('does not change with the %s', (_field, change) => expect(decisionFingerprint(aDecision(change))).toBe(base));

  it('hashes unicode by its UTF-8 bytes', () => {
    expect(stableHash('é')).not.toBe(stableHash('e'));
    expect(stableHash('')).toBe('811c9dc5050c5d1f');
  });
});
