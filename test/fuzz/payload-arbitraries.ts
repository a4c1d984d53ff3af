/**
 * Random payloads for the fuzz suite: anything at all, and near-valid payloads — a valid one with
 * some properties replaced by hostile values (Object.prototype names as ids, invisible text, huge
 * strings, wrong types) or an extra property added.
 */
import fc from 'fast-check';

export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

const hostileString = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom('', ' ', '\u200B', '\u0000', '\u202E', 'a'.repeat(70), '10123', '-1', 'ABC', 'ABC-123', '<script>', '../..', 'records:10123'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1, max: 5 }).map((n) => 'x'.repeat(n * 4000)),
);

const hostileLeaf = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(-1, 0, 1, 2, 3, 4, 5, 2 ** 53, Number.NaN),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileLeaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, key: hostileString }) },
);

/** `valid` with some of its properties replaced, removed, or one added. */
export function nearValid(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  const replaced = fc.dictionary(keys.length ? fc.constantFrom(...keys) : hostileString, hostileValue, { maxKeys: Math.max(1, keys.length) });
  return fc.tuple(replaced, fc.subarray(keys), fc.option(fc.tuple(hostileString, hostileValue), { nil: undefined })).map(([replacements, removed, extra]) => {
    const out: Record<string, unknown> = {};
    for (const key of keys)
      if (!removed.includes(key)) Object.defineProperty(out, key, { value: valid[key], enumerable: true, writable: true, configurable: true });
    for (const [key, value] of Object.entries(replacements)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    return out;
  });
}

export const payloadFor = (valid: Record<string, unknown>) =>
  fc.oneof({ weight: 3, arbitrary: nearValid(valid) }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(valid) });

const CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_INPUT', 'TOO_LARGE', 'JIRA_UNAVAILABLE', 'JIRA_ERROR', 'RECORDS_INVALID', 'GATES_INVALID']);

/** A typed envelope that is never INTERNAL; the reason, when it is not. */
export function envelopeProblem(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null) return `not an envelope: ${String(result)}`;
  const r = result as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'data' in r ? undefined : 'ok without data';
  if (r.ok !== false || !r.error) return `not an envelope: ${JSON.stringify(result).slice(0, 200)}`;
  if (typeof r.error.code !== 'string' || !CODES.has(r.error.code)) return `error code ${String(r.error.code)}: ${String(r.error.message)}`;
  return typeof r.error.message === 'string' && r.error.message.length > 0 ? undefined : 'error without a message';
}

/** Runs per entry point: the issue's ≥ 10,000, or FUZZ_RUNS to explore further. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
