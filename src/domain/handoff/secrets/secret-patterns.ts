/**
 * What a password, token or key looks like in a handoff section. Each pattern names a kind the
 * panel says in the person's words (`problems.secretLike.<kind>`). Well-known token shapes are
 * matched as they are; a labelled value ("password: …") only when the value is not a reference.
 */
export type SecretKind = 'privateKey' | 'accessKey' | 'token' | 'jwt' | 'credentialsInUrl' | 'password';

export interface SecretPattern {
  kind: SecretKind;
  pattern: RegExp;
  /** The capture group holding the secret itself (0: the whole match). */
  group: number;
}

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { kind: 'privateKey', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g, group: 0 },
  // AWS access key ids, Google API keys.
  { kind: 'accessKey', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bAIza[0-9A-Za-z_-]{35}\b/g, group: 0 },
  // GitHub, Slack, Atlassian API, Stripe and npm tokens.
  {
    kind: 'token',
    pattern:
      /\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}|\bxox[abprs]-[A-Za-z0-9-]{10,}|\bATATT[A-Za-z0-9_=-]{20,}|\b[sr]k_(?:live|test)_[0-9A-Za-z]{16,}|\bnpm_[A-Za-z0-9]{36}\b/g,
    group: 0,
  },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, group: 0 },
  // scheme://user:password@host
  { kind: 'credentialsInUrl', pattern: /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s:/@]{1,100}:([^\s@/]{3,200})@/gi, group: 1 },
  // A labelled value: "password: hunter2", "api_key=…", "Passwort: …".
  {
    kind: 'password',
    pattern:
      /\b(?:pass(?:word|wort|phrase)?|passwd|pwd|kennwort|secret|client[ _-]?secret|api[ _-]?key|access[ _-]?key|auth[ _-]?token|token)\b\s*[:=]\s*["']?([^\s"'<>]{4,200})/gi,
    group: 1,
  },
];

/** A labelled value that points at where the secret is kept, or stands in for it: not itself a secret. */
const REFERENCE =
  /^(?:op:\/\/|vault:|vault\b|keychain:|secret:|aws-sm:|arn:aws:secretsmanager:|\$\{|\{\{|%[A-Z_]+%$|\$[A-Z_]+$|\*{3,}|x{3,}$|\.{3}|•{3,}|n\/?a$|none$|see\b|siehe\b|ask\b|in\b|from\b|stored\b|1password|lastpass|bitwarden|keepass)/i;

export const isReference = (value: string): boolean => REFERENCE.test(value.trim());
