import { pageIndexKey } from '../decisions/index-keys';
import { parsePageEntry } from '../decisions/read-index';
import type { DaciDeps } from './daci-deps';
import { refreshIndex } from './refresh-index';

/**
 * The decision index's fast path: a table viewed on a page version the index has not seen (its
 * page event is late or was lost) is indexed there and then, so gates do not wait for the event.
 * One storage read when the index is current. Never in the editor, whose table is a draft.
 */
export async function catchUpIndex(deps: DaciDeps, pageId: string, pageVersion: number, view: { isEditing: boolean; decisions: number }): Promise<void> {
  // A table with no decisions has nothing to index (and the index keeps no entry for such a page).
  if (view.isEditing || view.decisions === 0) return;
  const entry = parsePageEntry(await deps.store.get(pageIndexKey(pageId)));
  // A damaged entry is the trigger's to report and rewrite; an entry at this version or later is current.
  if (!entry.ok || (entry.value && entry.value.version >= pageVersion)) return;
  await refreshIndex(deps, pageId);
}
