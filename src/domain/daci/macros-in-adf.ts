/**
 * The Forge macros placed in a page's ADF body, in document order: each extension node's key
 * (`<app id>/<environment id>/static/<module key>`), its placement `localId` and its saved
 * config (`parameters.guestParams`, where Confluence keeps a Forge macro's config). Walks the
 * document without recursion, so a deep or hostile body cannot overflow the stack.
 */
export interface PlacedMacro {
  extensionKey: string;
  localId: string;
  config: unknown;
}

const MAX_NODES = 100_000;

type Node = {
  type?: unknown;
  attrs?: { extensionKey?: unknown; localId?: unknown; parameters?: { localId?: unknown; guestParams?: unknown } };
  content?: unknown;
};

const isExtension = (type: unknown) => type === 'extension' || type === 'bodiedExtension' || type === 'inlineExtension';

export function macrosInAdf(adf: unknown): PlacedMacro[] {
  const found: PlacedMacro[] = [];
  const pending: unknown[] = [adf];
  for (let seen = 0; pending.length > 0 && seen < MAX_NODES; seen += 1) {
    const node = pending.pop() as Node | null | undefined;
    if (typeof node !== 'object' || node === null) continue;
    const attrs = node.attrs;
    if (isExtension(node.type) && attrs) {
      const localId = attrs.parameters?.localId ?? attrs.localId;
      if (typeof localId === 'string' && localId !== '')
        found.push({ extensionKey: typeof attrs.extensionKey === 'string' ? attrs.extensionKey : '', localId, config: attrs.parameters?.guestParams });
    }
    if (Array.isArray(node.content)) for (let i = node.content.length - 1; i >= 0; i -= 1) pending.push(node.content[i]);
  }
  return found;
}

/** Whether an extension key names this app's macro `moduleKey` (any environment of app `appId`). */
export function isAppMacro(extensionKey: string, appId: string, moduleKey: string): boolean {
  const [app, environment, kind, key, ...rest] = extensionKey.split('/');
  return rest.length === 0 && app === appId && environment !== '' && kind === 'static' && key === moduleKey;
}
