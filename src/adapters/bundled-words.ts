import english from '../../locales/en-US.json';
import german from '../../locales/de-DE.json';
import { appLocaleOf, type AppLocale } from '../domain/words/locale-code';
import { lookupIn, sayWith } from '../domain/words/say';
import type { WordsFor } from '../ports/words';

const RESOURCES: Readonly<Record<AppLocale, unknown>> = { 'en-US': english, 'de-DE': german };

/** The local adapter of WordsFor (sandbox, CLI, tests): the translation files bundled with the code; a missing key falls back to English. */
export const bundledWords: WordsFor = async (locale) => {
  const code = appLocaleOf(locale);
  return sayWith(code, (key) => lookupIn(RESOURCES[code], key) ?? lookupIn(english, key) ?? key);
};
