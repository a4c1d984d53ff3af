import { findSecretsIn, MAX_FINDINGS, newSecrets } from './find-secrets';

const kinds = (text: string) => findSecretsIn(text, 'handoff.testData').map((f) => f.kind);

describe('secret-like text in a handoff section', () => {
  it.each([
    ['Test user: qa-checkout@example.com / password: Hunter2!x', 'password'],
    ['Passwort = geheim123', 'password'],
    ['api_key="9f8e7d6c5b4a39281706"', 'password'],
    ['client secret: 3c9a1f0e2b', 'password'],
    ['AWS: AKIAIOSFODNN7EXAMPLE', 'accessKey'],
    ['Maps key AIzaSyA1234567890abcdefghijklmnopqrstuv', 'accessKey'],
    ['ghp_abcdefghijklmnopqrstuvwxyz0123456789AB', 'token'],
    ['xoxb-123456789012-abcdefghijkl', 'token'],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'token'],
    ['ATATT3xFfGF0abcdefghijklmnopqrstuvwxyz', 'token'],
    ['Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'jwt'],
    ['DB: postgres://checkout:s3cr3tPass@db.staging.internal:5432/shop', 'credentialsInUrl'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEow…', 'privateKey'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'privateKey'],
  ])('flags %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Password: see vault entry op://QA/checkout-test-user',
    'password: op://QA/checkout-test-user/password',
    'password: {{CHECKOUT_PASSWORD}}',
    'token: ${STAGING_TOKEN}',
    'password: ********',
    'Passwort: siehe 1Password, Eintrag "Checkout QA"',
    'The password field must show an error after 3 wrong tries.',
    'Log in with the reset-password link; the token expires in 15 minutes.',
    'https://staging.example.com/checkout?user=qa',
    'Use card 4242 4242 4242 4242 with any future date.',
  ])('does not flag %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('masks the secret in what it shows, and names each secret once', () => {
    const [finding, ...rest] = findSecretsIn('password: Hunter2!x and again password: Hunter2!x', 'handoff.summary');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: 'handoff.summary', kind: 'password', masked: 'password: Hu••••••' });
    expect(finding?.masked).not.toContain('Hunter2');
  });

  it('flags only what a save adds: a secret saved anyway before is not flagged again', () => {
    const saved = { testData: 'password: Hunter2!x' };
    expect(newSecrets({ testData: 'password: Hunter2!x\nThe cart holds 3 items.' }, saved)).toEqual([]);
    expect(newSecrets({ testData: 'password: Hunter2!x', releaseNotes: 'token: abcd1234efgh' }, saved)).toMatchObject([
      { path: 'handoff.releaseNotes', kind: 'password' },
    ]);
    expect(newSecrets({ expectedBehaviours: [{ id: 'b1', text: 'Log in as qa / pwd=letmein99' }] }, undefined)).toMatchObject([
      { path: 'handoff.expectedBehaviours[0].text', kind: 'password' },
    ]);
  });

  it('names at most 20 findings, however many there are', () => {
    const text = Array.from({ length: 60 }, (_, i) => `password: secret-${i}-value`).join('\n');
    expect(newSecrets({ testData: text }, undefined)).toHaveLength(MAX_FINDINGS);
  });

  it('reads hostile text to the end: long runs without a match, many half-matches', () => {
    const hostile = `${'a://b:'.repeat(1500)}${'password:'.repeat(900)}${'x'.repeat(10_000)}`;
    expect(Array.isArray(findSecretsIn(hostile, 'handoff.summary'))).toBe(true);
  });
});
