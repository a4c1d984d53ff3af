import { isAppMacro } from './macros-in-adf';

const MAX_NODES = 100_000;

type Node = {
  type?: unknown;
  attrs?: { extensionKey?: unknown; localId?: unknown; parameters?: Record<string, unknown> & { localId?: unknown } };
  content?: unknown;
};

const isExtension = (type: unknown) => type === 'extension' || type === 'bodiedExtension' || type === 'inlineExtension';

/**
 * A copy of the page's ADF with this app's macro placed as `localId` holding `config` (Forge's
 * `parameters.guestParams`), everything else as it was. Undefined unless exactly one such macro is
 * on the page. Walks without recursion, as macrosInAdf does.
 */
export function withMacroConfig(adf: unknown, macro: { appId: string; moduleKey: string; localId: string }, config: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(adf ?? null)) as unknown;
  const matches: Node[] = [];
  const pending: unknown[] = [copy];
  for (let seen = 0; pending.length > 0 && seen < MAX_NODES; seen += 1) {
    const node = pending.pop() as Node | null | undefined;
    if (typeof node !== 'object' || node === null) continue;
    const attrs = node.attrs;
    if (isExtension(node.type) && attrs && typeof attrs.extensionKey === 'string' && isAppMacro(attrs.extensionKey, macro.appId, macro.moduleKey)) {
      if ((attrs.parameters?.localId ?? attrs.localId) === macro.localId) matches.push(node);
    }
    if (Array.isArray(node.content)) pending.push(...(node.content as unknown[]));
  }
  if (matches.length !== 1) return undefined;
  const attrs = matches[0]!.attrs!;
  attrs.parameters = { ...(attrs.parameters ?? {}), guestParams: config };
  return copy;
}
