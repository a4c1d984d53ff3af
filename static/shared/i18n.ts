import { i18n, view } from '@forge/bridge';
import { translateWith, type Translate } from './translate';

export type { MessageKey, PluralKey, Translate } from './translate';

/**
 * The person's translations through Forge's i18n (`@forge/bridge`): the Forge context's locale,
 * the manifest's fallback rules, the `__LOCALES__/` files a deploy serves beside the screen.
 * Never rejects: if they cannot be read, keys show (and the console says why) rather than nothing.
 */
export async function loadTranslate(): Promise<Translate> {
  const locale = view.getContext().then(
    (context) => context.locale,
    () => 'en-US',
  );
  try {
    const [t, known] = await Promise.all([i18n.createTranslationFunction(), locale]);
    return translateWith(known, (key) => t(key));
  } catch (error) {
    console.error('shipshape: translations could not be loaded', error);
    return translateWith(await locale, (key) => key);
  }
}
