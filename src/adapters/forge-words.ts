import { i18n } from '@forge/api';
import english from '../../locales/en-US.json';
import { appLocaleOf } from '../domain/words/locale-code';
import { lookupIn, sayWith } from '../domain/words/say';
import type { WordsFor } from '../ports/words';

/**
 * WordsFor on Forge's runtime i18n API: the translation resources a deploy bundles from the
 * manifest's `translations`. If they cannot be read, English from the code (and the log says why).
 */
export const forgeWords: WordsFor = async (locale) => {
  const code = appLocaleOf(locale);
  try {
    const { translations, locale: found } = await i18n.getTranslations(code);
    return sayWith(found, (key) => lookupIn(translations, key) ?? lookupIn(english, key) ?? key);
  } catch (error) {
    console.error(`shipshape: translations for ${code} could not be read`, error);
    return sayWith('en-US', (key) => lookupIn(english, key) ?? key);
  }
};
