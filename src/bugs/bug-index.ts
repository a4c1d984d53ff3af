import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { readDoc } from '../storage/read-doc';

/**
 * Which behaviour a bug QA filed was filed from (`bug-of:<bugIssueId>`), so that the bug's
 * status change reaches the item it blocks without a search. Written once, when Jira has created
 * the bug; the item's records stay the truth (an entry whose bug the records no longer name is
 * ignored), so a stale entry is harmless and none needs rewriting.
 */
const bugOfKey = (bugIssueId: string) => `bug-of:${bugIssueId}`;
const bugOfSchema = z.strictObject({ issueId: z.string().regex(/^\d{1,18}$/), behaviourId: z.string().min(1).max(64) });
export type BugOrigin = z.infer<typeof bugOfSchema>;

export async function bugOrigin(store: KeyValueStore, bugIssueId: string): Promise<BugOrigin | undefined> {
  const key = bugOfKey(bugIssueId);
  return readDoc(bugOfSchema, key, await store.get(key));
}

export const rememberBugOrigin = (store: KeyValueStore, bugIssueId: string, origin: BugOrigin) => store.set(bugOfKey(bugIssueId), origin);
