import type { Handoff } from '../../records/records-schema';
import { isReference, SECRET_PATTERNS, type SecretKind } from './secret-patterns';

/** Text in a handoff section that looks like a password, token or key. */
export interface SecretFinding {
  /** Where, as the saveHandoff payload names it: `handoff.testData`, `handoff.expectedBehaviours[2].text`. */
  path: string;
  kind: SecretKind;
  /** The match with the secret masked: its first two characters, then six dots (its length is not told either). */
  masked: string;
  /** The secret itself, only to tell a new finding from one saved before; never shown or stored. */
  value: string;
}

/** At most this many findings are named: past it, the text is plainly full of them. */
export const MAX_FINDINGS = 20;

const mask = (match: string, secret: string) => match.replace(secret, `${secret.slice(0, 2)}••••••`);

/** The secret-like text in one piece of text, each secret once. */
export function findSecretsIn(text: string, path: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const { kind, pattern, group } of SECRET_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const value = match[group] ?? match[0];
      if (kind === 'password' && isReference(value)) continue;
      if (found.some((f) => f.value === value || f.value.includes(value) || value.includes(f.value))) continue;
      found.push({ path, kind, masked: mask(match[0].slice(0, 120), value), value });
    }
  }
  return found;
}

/** Every section's text with the path the saveHandoff payload gives it. */
function sectionTexts(handoff: Handoff): Array<[string, string]> {
  return [
    ['handoff.summary', handoff.summary ?? ''],
    ...(handoff.expectedBehaviours ?? []).map((b, i): [string, string] => [`handoff.expectedBehaviours[${i}].text`, b.text]),
    ...(handoff.riskAreas ?? []).map((r, i): [string, string] => [`handoff.riskAreas[${i}].text`, r.text]),
    ['handoff.testData', handoff.testData ?? ''],
    ['handoff.releaseNotes', handoff.releaseNotes ?? ''],
  ];
}

/**
 * The secret-like text in `next` that `saved` did not already hold (pure): what a save would add.
 * A secret the person saved anyway before is not flagged again on every later save.
 */
export function newSecrets(next: Handoff, saved: Handoff | undefined): SecretFinding[] {
  const before = new Set(saved ? sectionTexts(saved).flatMap(([path, text]) => findSecretsIn(text, path).map((f) => f.value)) : []);
  const added = sectionTexts(next).flatMap(([path, text]) => findSecretsIn(text, path).filter((f) => !before.has(f.value)));
  return added.slice(0, MAX_FINDINGS);
}
