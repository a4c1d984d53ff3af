import type { z } from 'zod';
import type { Values } from './words/fill';
import { englishProblemText, formatPath, problem, type Problem, type ProblemKey, type ProblemWords } from './problem';

type Issue = z.core.$ZodIssue;

/**
 * Whether an invalid_type issue is about a missing value. Zod 4 puts `input` on an issue only
 * when parsing with `reportInput`; without it, its default message still says what it received.
 */
function isMissingValue(issue: Issue): boolean {
  return 'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

const EXPECTED = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);
const bound = (n: number | bigint) => Number(n);
const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** A custom issue's `params` that can fill a text's placeholders. */
function scalars(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  return out;
}

const VALUES_MARK = '?';

/**
 * A schema's error text that names a problem key and its values. Zod keeps only the message an
 * error function returns, so the values travel inside it and `problemsFromZod` takes them out.
 */
export function keyedMessage(key: ProblemKey, values: Values): string {
  return `${key}${VALUES_MARK}${JSON.stringify(values)}`;
}

function keyedWords(message: string): ProblemWords | undefined {
  const mark = message.indexOf(VALUES_MARK);
  const key = mark < 0 ? message : message.slice(0, mark);
  if (englishProblemText(key) === undefined) return undefined;
  if (mark < 0) return { key: key as ProblemKey };
  try {
    return { key: key as ProblemKey, values: scalars(JSON.parse(message.slice(mark + 1)) as Record<string, unknown>) };
  } catch {
    return { key: key as ProblemKey };
  }
}

/** The words for a zod issue: a schema's own `problems.…` message, else what its code says. */
function wordsOf(issue: Issue): ProblemWords {
  const limits = {
    ...('minimum' in issue ? { minimum: bound(issue.minimum) } : {}),
    ...('maximum' in issue ? { maximum: bound(issue.maximum) } : {}),
  };
  const keyed = keyedWords(issue.message);
  if (keyed) {
    const params = issue.code === 'custom' ? scalars(issue.params) : {};
    return { key: keyed.key, values: { ...limits, ...keyed.values, ...params } };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (isMissingValue(issue)) return { key: 'problems.required' };
      return { key: EXPECTED.has(issue.expected) ? (`problems.expected.${issue.expected}` as ProblemKey) : 'problems.expected.other' };
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? { key: 'problems.empty' } : { key: 'problems.tooShort', values: limits };
      return { key: issue.origin === 'array' || issue.origin === 'set' ? 'problems.tooFew' : 'problems.tooSmall', values: limits };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'problems.tooLong', values: limits };
      return { key: issue.origin === 'array' || issue.origin === 'set' ? 'problems.tooMany' : 'problems.tooBig', values: limits };
    case 'invalid_value':
      return issue.values.length === 1
        ? { key: 'problems.mustBe', values: { value: quoted(issue.values) } }
        : { key: 'problems.notOneOf', values: { values: quoted(issue.values) } };
    case 'invalid_format':
      return { key: 'problems.badFormat' };
    default:
      return { key: 'problems.invalid' };
  }
}

/** Zod issues as problems a person can act on, in words a screen can translate: one per unknown key. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => problem(formatPath([...issue.path, key]), 'problems.unknownProperty'));
    const words = wordsOf(issue);
    return [problem(formatPath(issue.path), words.key, words.values && Object.keys(words.values).length ? words.values : undefined)];
  });
}
