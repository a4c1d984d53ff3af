import { i18n } from '@forge/api';
import { appLocaleOf } from '../domain/words/locale-code';
import { lookupIn, sayWith } from '../domain/words/say';
import type { WordsFor } from '../ports/words';

/** A translation resource as Forge's runtime serves it, or undefined (logged) when it cannot be read. */
async function resource(code: string): Promise<{ locale: string; translations: unknown } | undefined> {
  try {
    const { translations, locale } = await i18n.getTranslations(code);
    return translations ? { locale, translations } : undefined;
  } catch (error) {
    console.error(`shipshape: translations for ${code} could not be read`, error);
    return undefined;
  }
}

/**
 * WordsFor on Forge's runtime i18n API: the translation resources a deploy bundles from the
 * manifest's `translations` (not the code's bundle: the validator's stays small). A key the
 * language lacks is taken from English; if no resource can be read, the keys show (and the log
 * says why) rather than nothing.
 */
export const forgeWords: WordsFor = async (locale) => {
  const code = appLocaleOf(locale);
  const [own, english] = await Promise.all([resource(code), code === 'en-US' ? undefined : resource('en-US')]);
  const fallback = english ?? (code === 'en-US' ? own : undefined);
  return sayWith(own?.locale ?? 'en-US', (key) => lookupIn(own?.translations, key) ?? lookupIn(fallback?.translations, key) ?? key);
};
