/**
 * What Confluence's platform does for a macro's resolver: `extension.config` comes from the
 * macro as saved in the page, never from the browser. The sandbox's invoke route takes the
 * extension from the page that embeds the app, so the DACI functions re-read the saved config
 * here (the page's current storage, as the app) for the placement's `localId`.
 */
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The saved config of the macro `moduleKey` placed as `localId` in `storage`; undefined when it is not on the page (yet). */
export function placedMacroConfig(storage: string, moduleKey: string, localId: string): Record<string, string> | undefined {
  const macros = storage.matchAll(/<ac:structured-macro\b([^>]*)>([\s\S]*?)<\/ac:structured-macro>/g);
  for (const [, attributes = '', inner = ''] of macros) {
    const attr = (name: string) => unescapeXml(new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? '');
    if (attr('ac:name') !== moduleKey || attr('ac:macro-id') !== localId) continue;
    const params = [...inner.matchAll(/<ac:parameter ac:name="([^"]*)">([\s\S]*?)<\/ac:parameter>/g)];
    return Object.fromEntries(params.map(([, name = '', value = '']) => [unescapeXml(name), unescapeXml(value)]));
  }
  return undefined;
}
