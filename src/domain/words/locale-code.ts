/** The locales the app is translated into (the manifest's `translations`), the first the default. */
export const APP_LOCALES = ['en-US', 'de-DE'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

/**
 * The app locale for a locale code as Forge or Jira give it ("de-DE", "de_DE", "de"): the same
 * one, else the first with its language, else English (the manifest's fallback).
 */
export function appLocaleOf(code: string | undefined): AppLocale {
  const wanted = (code ?? '').replace('_', '-').toLowerCase();
  const exact = APP_LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return APP_LOCALES.find((l) => l.split('-')[0]!.toLowerCase() === language) ?? APP_LOCALES[0];
}
