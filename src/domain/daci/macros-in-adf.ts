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
  attrs?: { extensionKey?: unknown; localId?: unknown; parameters?: Record<string, unknown> & { localId?: unknown; guestParams?: unknown } };
  content?: unknown;
};

/** An extension node: a macro placed in the page. */
export type ExtensionNode = Node & { attrs: NonNullable<Node['attrs']> };

const isExtension = (type: unknown) => type === 'extension' || type === 'bodiedExtension' || type === 'inlineExtension';

/** The document's extension nodes in document order, as they are (a caller may change them in a copy of the document). */
export function extensionNodes(adf: unknown): ExtensionNode[] {
  const found: ExtensionNode[] = [];
  const pending: unknown[] = [adf];
  for (let seen = 0; pending.length > 0 && seen < MAX_NODES; seen += 1) {
    const node = pending.pop() as Node | null | undefined;
    if (typeof node !== 'object' || node === null) continue;
    if (isExtension(node.type) && node.attrs) found.push(node as ExtensionNode);
    if (Array.isArray(node.content)) for (let i = node.content.length - 1; i >= 0; i -= 1) pending.push(node.content[i]);
  }
  return found;
}

/** The extension node's placement id: Forge's `parameters.localId`, else the node's own. */
export const placementOf = (node: ExtensionNode): unknown => node.attrs.parameters?.localId ?? node.attrs.localId;

export function macrosInAdf(adf: unknown): PlacedMacro[] {
  return extensionNodes(adf).flatMap((node) => {
    const localId = placementOf(node);
    if (typeof localId !== 'string' || localId === '') return [];
    const { extensionKey, parameters } = node.attrs;
    return [{ extensionKey: typeof extensionKey === 'string' ? extensionKey : '', localId, config: parameters?.guestParams }];
  });
}

/** Whether an extension key names this app's macro `moduleKey` (any environment of app `appId`). */
export function isAppMacro(extensionKey: string, appId: string, moduleKey: string): boolean {
  const [app, environment, kind, key, ...rest] = extensionKey.split('/');
  return rest.length === 0 && app === appId && environment !== '' && kind === 'static' && key === moduleKey;
}
