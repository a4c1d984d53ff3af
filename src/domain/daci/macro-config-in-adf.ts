/**
 * The saved config of a Forge macro placement in a page's ADF body: the extension node whose
 * `localId` matches, its `parameters.guestParams` (where Confluence keeps a Forge macro's config).
 * Undefined when the placement is not on the page. Walks the document without recursion, so a
 * deep or hostile body cannot overflow the stack.
 */
const MAX_NODES = 100_000;

type Node = { type?: unknown; attrs?: { localId?: unknown; parameters?: { localId?: unknown; guestParams?: unknown } }; content?: unknown };

const isExtension = (type: unknown) => type === 'extension' || type === 'bodiedExtension' || type === 'inlineExtension';

export function macroConfigInAdf(adf: unknown, localId: string): unknown {
  const pending: unknown[] = [adf];
  for (let seen = 0; pending.length > 0 && seen < MAX_NODES; seen += 1) {
    const node = pending.pop() as Node | null | undefined;
    if (typeof node !== 'object' || node === null) continue;
    if (isExtension(node.type) && (node.attrs?.localId === localId || node.attrs?.parameters?.localId === localId)) return node.attrs?.parameters?.guestParams;
    if (Array.isArray(node.content)) pending.push(...node.content);
  }
  return undefined;
}
