import { englishProblemTexts } from './english-problem-texts';
import { localNumbers } from './say-problem';
import { fill, type Values } from './words/fill';
import type { MessageKey } from './words/say';

/** A problem text of the translation files (`problems.…`). */
export type ProblemKey = Extract<MessageKey, `problems.${string}`>;

/** How to say a problem in any language: a `problems.…` key and its placeholders' values. */
export interface ProblemWords {
  key: ProblemKey;
  values?: Values;
}

/** One thing wrong with an input, located by a path such as `gates[0].criteria[2].kind`; `message` is English. */
export interface Problem {
  path: string;
  message: string;
  words?: ProblemWords;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A problem in words every language has: the English message and the key a screen translates. */
export function problem(path: string, key: ProblemKey, values?: Values): Problem {
  return { path, message: englishProblem(key, values), words: values ? { key, values } : { key } };
}

/** A problem key's English text, or undefined for a string that is not one. */
export function englishProblemText(key: string): string | undefined {
  let node: unknown = { problems: englishProblemTexts };
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const englishProblem = (key: ProblemKey, values?: Values) => fill(englishProblemText(key) ?? key, localNumbers(values, 'en-US'));

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

export function describeProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

export { sayProblem } from './say-problem';
