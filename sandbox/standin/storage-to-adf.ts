import { storageMacros, unescapeXml } from './storage-macros';

type Node = Record<string, unknown>;

/** Which macros are this app's Forge modules, and how Confluence names them in ADF. */
export interface ForgeApp {
  appId: string;
  environmentId: string;
  moduleKeys: readonly string[];
}

const textOf = (xml: string) =>
  unescapeXml(
    xml
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

function textBlocks(xml: string): Node[] {
  return xml
    .split(/<\/(?:p|h[1-6]|li)>/)
    .map(textOf)
    .filter((text) => text !== '')
    .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
}

function extensionOf(name: string, localId: string, parameters: Record<string, string>, app: ForgeApp): Node {
  if (!app.moduleKeys.includes(name)) {
    return { type: 'extension', attrs: { extensionType: 'com.atlassian.confluence.macro.core', extensionKey: name, parameters: { macroParams: {} }, localId } };
  }
  const key = `${app.appId}/${app.environmentId}/static/${name}`;
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: key,
      parameters: { localId, extensionId: `ari:cloud:ecosystem::extension/${key}`, guestParams: parameters },
      layout: 'default',
      localId,
    },
  };
}

/**
 * The page body as `body-format=atlas_doc_format` answers it: the text as paragraphs and every
 * macro as an extension node; this app's macros as Forge keeps them (`com.atlassian.ecosystem`,
 * their saved config in `parameters.guestParams`). Enough of ADF for what the app reads.
 */
export function storageToAdf(storage: string, app: ForgeApp): Node {
  const content: Node[] = [];
  let at = 0;
  for (const macro of storageMacros(storage)) {
    content.push(...textBlocks(storage.slice(at, macro.start)), extensionOf(macro.name, macro.localId, macro.parameters, app));
    at = macro.end;
  }
  content.push(...textBlocks(storage.slice(at)));
  return { type: 'doc', version: 1, content };
}
