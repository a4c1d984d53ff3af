import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HANDOFF_SECTIONS, HANDOFF_SECTION_TITLES } from '../../src/domain/handoff/handoff-sections';
import english from '../../locales/en-US.json';
import german from '../../locales/de-DE.json';

type Tree = { [key: string]: string | Tree };

/** Every key of a translation file, dotted, with its text. */
const flat = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flat(value, `${prefix}${key}.`)),
    ),
  );
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const EN = flat(english as Tree);
const DE = flat(german as Tree);

describe('the translation files (locales/)', () => {
  it('English and German have the same keys, none empty', () => {
    expect(Object.keys(DE).sort()).toEqual(Object.keys(EN).sort());
    expect(Object.entries({ ...EN, ...DE }).filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(Object.keys(EN).length).toBeGreaterThan(20);
  });

  it('a German text fills the same placeholders as the English one', () => {
    const differing = Object.keys(EN).filter((key) => placeholders(EN[key]!).join() !== placeholders(DE[key] ?? '').join());
    expect(differing).toEqual([]);
  });

  it("holds every key the manifest names, and the manifest's translations name both files", () => {
    const text = readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8');
    const named = [...text.matchAll(/i18n: ([\w.-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((key) => !(key in EN) || !(key in DE))).toEqual([]);
    const manifest = parse(text) as { translations: { resources: { key: string; path: string }[]; fallback: { default: string } } };
    expect(manifest.translations.resources).toEqual([
      { key: 'en-US', path: 'locales/en-US.json' },
      { key: 'de-DE', path: 'locales/de-DE.json' },
    ]);
    expect(manifest.translations.fallback.default).toBe('en-US');
  });

  it('names the handoff sections in English as the domain does (until the panel is translated, both are read)', () => {
    expect(Object.fromEntries(HANDOFF_SECTIONS.map((s) => [s, EN[`handoffSection.${s}`]]))).toEqual(HANDOFF_SECTION_TITLES);
  });
});
