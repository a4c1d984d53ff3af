/**
 * The macros in a page's storage format, as the stand-in keeps them: `<ac:structured-macro
 * ac:name="…" ac:macro-id="…">` with one `<ac:parameter ac:name="…">` per value (escaped text).
 */
export interface StorageMacro {
  name: string;
  localId: string;
  parameters: Record<string, string>;
  /** Where the macro's XML starts and ends in the storage text. */
  start: number;
  end: number;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function storageMacros(storage: string): StorageMacro[] {
  return [...storage.matchAll(/<ac:structured-macro\b([^>]*)>([\s\S]*?)<\/ac:structured-macro>/g)].map((match) => {
    const [whole, attributes = '', inner = ''] = match;
    const attr = (name: string) => unescapeXml(new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? '');
    const params = [...inner.matchAll(/<ac:parameter ac:name="([^"]*)">([\s\S]*?)<\/ac:parameter>/g)];
    return {
      name: attr('ac:name'),
      localId: attr('ac:macro-id'),
      parameters: Object.fromEntries(params.map(([, name = '', value = '']) => [unescapeXml(name), unescapeXml(value)])),
      start: match.index,
      end: match.index + whole.length,
    };
  });
}

export { unescapeXml };
