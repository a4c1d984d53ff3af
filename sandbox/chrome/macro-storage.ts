/**
 * Macros in a page's storage format, as the sandbox keeps them: `<ac:structured-macro
 * ac:name="<module key>" ac:macro-id="<localId>">` with one `<ac:parameter ac:name="…">` per
 * config value (escaped text). Confluence keeps Forge macros as ADF extensions; this simpler
 * form carries the same three things: which macro, its placement id, its saved config.
 */
export interface PlacedMacro {
  moduleKey: string;
  localId: string;
  config: Record<string, string>;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function macroXml(macro: PlacedMacro): string {
  const params = Object.entries(macro.config)
    .map(([name, value]) => `<ac:parameter ac:name="${escapeXml(name)}">${escapeXml(value)}</ac:parameter>`)
    .join('');
  return `<ac:structured-macro ac:name="${escapeXml(macro.moduleKey)}" ac:schema-version="1" ac:macro-id="${escapeXml(macro.localId)}">${params}</ac:structured-macro>`;
}

/** The placed macros of the given module keys, in page order. */
export function placedMacros(storage: string, moduleKeys: readonly string[]): PlacedMacro[] {
  const doc = new DOMParser().parseFromString(`<body>${storage}</body>`, 'text/html');
  return [...doc.getElementsByTagName('ac:structured-macro')].flatMap((el) => {
    const moduleKey = el.getAttribute('ac:name') ?? '';
    const localId = el.getAttribute('ac:macro-id') ?? '';
    if (!moduleKeys.includes(moduleKey) || localId === '') return [];
    const config = Object.fromEntries([...el.getElementsByTagName('ac:parameter')].map((p) => [p.getAttribute('ac:name') ?? '', p.textContent ?? '']));
    return [{ moduleKey, localId, config }];
  });
}

const MACRO_PATTERN = /<ac:structured-macro\b[^>]*ac:macro-id="([^"]*)"[^>]*>[\s\S]*?<\/ac:structured-macro>/g;
const PLACEHOLDER = /<p><ac:placeholder>[\s\S]*?<\/ac:placeholder><\/p>/;

/** The storage with `macro` saved: replacing its placement, else the page's placeholder, else appended. */
export function withMacro(storage: string, macro: PlacedMacro): string {
  const xml = macroXml(macro);
  let replaced = false;
  const updated = storage.replace(MACRO_PATTERN, (whole, id: string) => {
    if (id !== escapeXml(macro.localId)) return whole;
    replaced = true;
    return xml;
  });
  if (replaced) return updated;
  if (PLACEHOLDER.test(storage)) return storage.replace(PLACEHOLDER, `<p>${xml}</p>`);
  return `${storage}<p>${xml}</p>`;
}
