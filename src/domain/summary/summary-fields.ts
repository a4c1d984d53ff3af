import type { Gate } from '../gates/gate-schema';
import { issueRequestFor } from '../jira/issue-request';

/** Changes that can move any summary whatever the gates read: what the item is, where it lives, its state and its relations. */
const ALWAYS = ['issuetype', 'project', 'parent', 'status', 'resolution', 'subtasks', 'issuelinks'];

export interface ChangelogItem {
  fieldId?: string | undefined;
  field?: string | undefined;
}

/**
 * Whether an update can change the item's search summary under its project's gates (pure): no
 * when every changed field is named by id and none is one the gates read or one of ALWAYS. A
 * change without a changelog, or naming a field only by its display name, counts: better one
 * Jira call too many than a stale summary.
 */
export function updateCanMoveSummary(items: readonly ChangelogItem[] | undefined, gates: readonly Gate[]): boolean {
  if (!items || items.length === 0) return true;
  const read = new Set([...issueRequestFor([...gates]).fields, ...ALWAYS]);
  return items.some((item) => item.fieldId === undefined || read.has(item.fieldId));
}
