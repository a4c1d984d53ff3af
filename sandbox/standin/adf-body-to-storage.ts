/**
 * A page update sent as ADF (`representation: atlas_doc_format`), as the app sends one when an
 * Approver marks a decision decided. The stand-in keeps storage format and its ADF is a reduced
 * view of it (storage-to-adf.ts), so it takes an ADF body only when the one thing it changes is
 * the config of this app's macros; anything else is refused, never silently lost.
 */
import { macrosInAdf } from '../../src/domain/daci/macros-in-adf';
import { withMacro } from '../chrome/macro-storage';
import { storageMacros } from './storage-macros';
import { storageToAdf, type ForgeApp } from './storage-to-adf';

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** The storage with the ADF's macro configs applied, or why the stand-in cannot take the body. */
export function adfBodyToStorage(storage: string, adf: unknown, app: ForgeApp): { ok: true; storage: string } | { ok: false; message: string } {
  const placed = storageMacros(storage);
  let next = storage;
  for (const macro of macrosInAdf(adf)) {
    const stored = placed.find((m) => m.localId === macro.localId);
    if (!stored || !app.moduleKeys.includes(stored.name)) continue;
    if (!isStringRecord(macro.config)) return { ok: false, message: `The config of macro ${macro.localId} must map names to text.` };
    next = withMacro(next, { moduleKey: stored.name, localId: stored.localId, config: macro.config });
  }
  if (JSON.stringify(storageToAdf(next, app)) !== JSON.stringify(adf))
    return {
      ok: false,
      message: "The sandbox saves an ADF body only when it changes nothing but this app's macros' configs; send storage format for other edits.",
    };
  return { ok: true, storage: next };
}
