import type english from '../../locales/en-US.json';
import { fill, type Values } from './fill';

/** Every key of the default translation file, dotted ("context.gates"): a key the file lacks does not compile. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof english>;
/** A key holding one text per plural form (`….one`, `….other`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** A text in the person's language, its `{name}` placeholders filled from `values`; `locale` is the one it speaks. */
export type Translate = ((key: MessageKey, values?: Values) => string) & { readonly locale: string };

export const translateWith = (locale: string, lookup: (key: string) => string): Translate =>
  Object.assign((key: MessageKey, values?: Values) => fill(lookup(key), values), { locale });

/** The text for `count` in the plural form the language uses for it; `{count}` is filled. */
export function plural(t: Translate, key: PluralKey, count: number, values?: Values): string {
  const form = new Intl.PluralRules(t.locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...values });
}
