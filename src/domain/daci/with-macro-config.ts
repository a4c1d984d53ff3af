import { extensionNodes, isAppMacro, placementOf } from './macros-in-adf';

/**
 * A copy of the page's ADF with this app's macro placed as `localId` holding `config` (Forge's
 * `parameters.guestParams`), everything else as it was. Undefined unless exactly one such macro is
 * on the page.
 */
export function withMacroConfig(adf: unknown, macro: { appId: string; moduleKey: string; localId: string }, config: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(adf ?? null)) as unknown;
  const matches = extensionNodes(copy).filter((node) => {
    const key = node.attrs.extensionKey;
    return typeof key === 'string' && isAppMacro(key, macro.appId, macro.moduleKey) && placementOf(node) === macro.localId;
  });
  if (matches.length !== 1) return undefined;
  const attrs = matches[0]!.attrs;
  attrs.parameters = { ...(attrs.parameters ?? {}), guestParams: config };
  return copy;
}
