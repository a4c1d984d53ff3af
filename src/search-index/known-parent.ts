import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { readDoc } from '../storage/read-doc';

/**
 * The parent of a sub-task the search trigger has read (`search-parent:<subtaskId>`), so that
 * the sub-task's next status change reads only its parent: one Jira call, not two. A sub-task
 * moved to another parent, or made a work item of its own, names `parent` or `issuetype` in the
 * changelog, which reads the sub-task again and puts this right.
 */
const parentKey = (subtaskId: string) => `search-parent:${subtaskId}`;
const parentSchema = z.strictObject({ parentId: z.string().regex(/^\d{1,18}$/) });

export async function knownParent(store: KeyValueStore, subtaskId: string): Promise<string | undefined> {
  const key = parentKey(subtaskId);
  return readDoc(parentSchema, key, await store.get(key))?.parentId;
}

/** Keeps what a read of the item said of its parent (none: not a sub-task); writes only a change. */
export async function rememberParent(store: KeyValueStore, subtaskId: string, parentId: string | undefined, known: string | undefined): Promise<void> {
  if (parentId === known) return;
  if (parentId === undefined) await store.delete(parentKey(subtaskId));
  else await store.set(parentKey(subtaskId), { parentId });
}
