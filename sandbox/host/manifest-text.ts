/**
 * A manifest text (a module's title, label, description) as Jira shows it to a person: a plain
 * string as written; `{ i18n: key }` from the manifest's `translations` in their locale, else
 * in the fallback locales, else in the default one (Forge's fallback rules).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getTranslationValue } from '@forge/i18n';
import { parse } from 'yaml';

export type ManifestText = string | { i18n: string };

interface Translations {
  resources: { key: string; path: string }[];
  fallback: { default: string } & Record<string, string | string[]>;
}

const cache = new Map<string, { text: string; lookup: Record<string, Record<string, unknown>>; translations?: Translations }>();

function translationsOf(manifestPath: string) {
  const text = readFileSync(manifestPath, 'utf8');
  const known = cache.get(manifestPath);
  if (known?.text === text) return known;
  const translations = (parse(text) as { translations?: Translations }).translations;
  const root = dirname(resolve(manifestPath));
  const lookup = Object.fromEntries(
    (translations?.resources ?? []).map((r) => [r.key, JSON.parse(readFileSync(resolve(root, r.path), 'utf8')) as Record<string, unknown>]),
  );
  const read = { text, lookup, ...(translations ? { translations } : {}) };
  cache.set(manifestPath, read);
  return read;
}

/** The locales to try for `locale`, in Forge's order: itself, its fallbacks, the default. */
function lookupOrder(locale: string, translations: Translations): string[] {
  const fallbacks = translations.fallback[locale];
  return [locale, ...(Array.isArray(fallbacks) ? fallbacks : []), translations.fallback.default];
}

export function manifestText(manifestPath: string, value: unknown, locale: string): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || typeof (value as { i18n?: unknown }).i18n !== 'string') return undefined;
  const key = (value as { i18n: string }).i18n;
  const { lookup, translations } = translationsOf(resolve(manifestPath));
  if (!translations) return key;
  for (const candidate of lookupOrder(locale, translations)) {
    const found = getTranslationValue(lookup, key, candidate as Parameters<typeof getTranslationValue>[2]);
    if (typeof found === 'string') return found;
  }
  return key;
}
