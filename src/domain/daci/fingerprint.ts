import type { Decision } from './daci-schema';

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a (32-bit) over the UTF-8 bytes of `text`, from a given offset basis. */
function fnv1a(bytes: Uint8Array, basis: number): string {
  let hash = basis >>> 0;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** 64 bits from two FNV-1a passes with different bases: plenty to tell one decision's edits apart. */
export function stableHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return fnv1a(bytes, 0x811c9dc5) + fnv1a(bytes, 0x050c5d1f);
}

/**
 * What an Approver signs: the decision's text (title, background, options, outcome) and its
 * roles. Status, impact, due date and linked items may change without voiding a sign-off;
 * the order of Contributors and Informed does not matter.
 */
export function decisionFingerprint(decision: Decision): string {
  const sorted = (ids: string[]) => [...ids].sort();
  return stableHash(
    canonicalJson({
      title: decision.title,
      background: decision.background,
      options: decision.options,
      outcome: decision.outcome,
      driver: decision.driver,
      approver: decision.approver,
      contributors: sorted(decision.contributors),
      informed: sorted(decision.informed),
    }),
  );
}
