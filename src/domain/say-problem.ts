import type { Problem } from './problem';
import type { Values } from './words/fill';
import type { Say } from './words/say';

/** Numbers written as `locale` writes them ("10,240", "10.240"). */
export function localNumbers(values: Values | undefined, locale: string): Values | undefined {
  if (!values) return values;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) out[name] = typeof value === 'number' ? value.toLocaleString(locale) : value;
  return out;
}

/** A problem's text in the person's language (its English message when it has no key). Screens use it, so it imports no texts. */
export const sayProblem = (p: Problem, say: Say): string => (p.words ? say(p.words.key, localNumbers(p.words.values, say.locale)) : p.message);
