import { macrosInAdf } from './macros-in-adf';

/**
 * The saved config of a Forge macro placement in a page's ADF body: the extension node whose
 * `localId` (on the node or in its parameters) matches. Undefined when the placement is not on the page.
 */
export function macroConfigInAdf(adf: unknown, localId: string): unknown {
  return macrosInAdf(adf).find((macro) => macro.localId === localId)?.config;
}
