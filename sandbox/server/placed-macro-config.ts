import { storageMacros } from '../standin/storage-macros';

/**
 * What Confluence's platform does for a macro's resolver: `extension.config` comes from the
 * macro as saved in the page, never from the browser. The sandbox's invoke route takes the
 * extension from the page that embeds the app, so the DACI functions re-read the saved config
 * here (the page's current storage, as the app) for the placement's `localId`.
 */
export function placedMacroConfig(storage: string, moduleKey: string, localId: string): Record<string, string> | undefined {
  return storageMacros(storage).find((m) => m.name === moduleKey && m.localId === localId)?.parameters;
}
