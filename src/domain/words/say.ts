import type english from '../../../locales/en-US.json';
import { compileFill, type Values } from './fill';

/** Every key of the default translation file, dotted ("context.gates"): a key the file lacks does not compile. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof english>;
/** A key holding one text per plural form (`….one`, `….other`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/**
 * A text in the person's language, its `{name}` placeholders filled from `values`; `locale` is the
 * one it speaks. Screens get theirs from Forge's bridge, the backend from Forge's runtime i18n API.
 */
export type Say = ((key: MessageKey, values?: Values) => string) & { readonly locale: string };

/** A Say over `lookup`; each key is looked up once (a verdict on a big item says the same few texts many times). */
export function sayWith(locale: string, lookup: (key: string) => string): Say {
  const known = new Map<string, (values?: Values) => string>();
  const textOf = (key: string) => known.get(key) ?? known.set(key, compileFill(lookup(key))).get(key)!;
  return Object.assign((key: MessageKey, values?: Values) => textOf(key)(values), { locale });
}

const pluralRules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string) => pluralRules.get(locale) ?? pluralRules.set(locale, new Intl.PluralRules(locale)).get(locale)!;

/** The text for `count` in the plural form the language uses for it; `{count}` is filled. */
export function plural(say: Say, key: PluralKey, count: number, values?: Values): string {
  const form = rulesFor(say.locale).select(count) === 'one' ? 'one' : 'other';
  return say(`${key}.${form}` as MessageKey, { count, ...values });
}

/** "a, b or c" / "a, b oder c". */
export function orList(say: Say, items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : say('words.or', { list: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' });
}

/** A translation file's text for a dotted key, or undefined (a key it lacks, or a branch). */
export function lookupIn(resource: unknown, key: string): string | undefined {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
