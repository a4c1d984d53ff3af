import { i18n, view } from '@forge/bridge';
import { translateWith, type Translate } from './translate';

export type { MessageKey, PluralKey, Translate } from './translate';

/**
 * The person's translations through Forge's i18n (`@forge/bridge`): the Forge context's locale,
 * the manifest's fallback rules, the `__LOCALES__/` files a deploy serves beside the screen.
 * Never rejects: if they cannot be read, keys show (and the console says why) rather than nothing.
 */
export async function loadTranslate(): Promise<Translate> {
  const locale = sharedLocale().then((known) => known ?? 'en-US');
  try {
    const [t, known] = await Promise.all([i18n.createTranslationFunction(), locale]);
    return translateWith(known, (key) => t(key));
  } catch (error) {
    console.error('shipshape: translations could not be loaded', error);
    return translateWith(await locale, (key) => key);
  }
}

let locale: Promise<string | undefined> | undefined;
/** The person's locale from the Forge context (asked once per screen); undefined if it cannot be read. */
export const sharedLocale = (): Promise<string | undefined> =>
  (locale ??= Promise.resolve()
    .then(() => view.getContext())
    .then(
      (context) => (typeof context.locale === 'string' ? context.locale : undefined),
      () => undefined,
    ));

let shared: Promise<Translate> | undefined;
/** The screen's one loadTranslate, for words written outside React (a failed call's message). */
export const sharedTranslate = (): Promise<Translate> => (shared ??= loadTranslate());
