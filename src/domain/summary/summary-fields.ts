import type { Gate } from '../gates/gate-schema';
import { issueRequestFor } from '../jira/issue-request';

/** Changes that can move the item's own summary whatever its gates read: what the item is and where it lives. */
const OWN_ALWAYS = ['issuetype', 'project', 'parent'];
/** Changes of a sub-task its parent's "sub-tasks done" can see: its state, what it is, and whose sub-task it is. */
const PARENT_SEES = ['status', 'resolution', 'issuetype', 'parent', 'project'];

export interface ChangelogItem {
  fieldId?: string | undefined;
  field?: string | undefined;
}

const names = (items: readonly ChangelogItem[], read: ReadonlySet<string>) => items.some((item) => item.fieldId === undefined || read.has(item.fieldId));

/**
 * Whether an update can change the item's own search summary under its project's gates (pure):
 * no when every changed field is named by id and none is one the gates read or one of OWN_ALWAYS.
 * A change without a changelog, or naming a field only by its display name, counts: better one
 * Jira call too many than a stale summary.
 */
export function updateCanMoveSummary(items: readonly ChangelogItem[] | undefined, gates: readonly Gate[]): boolean {
  if (!items || items.length === 0) return true;
  return names(items, new Set([...issueRequestFor([...gates]).fields, ...OWN_ALWAYS]));
}

/**
 * Whether a sub-task's update can change its parent's summary (pure): only when the project's
 * gates read sub-tasks at all, and the update names its state, type or parent (or a field by
 * display name only, or no changelog).
 */
export function updateCanMoveParentSummary(items: readonly ChangelogItem[] | undefined, gates: readonly Gate[]): boolean {
  if (!issueRequestFor([...gates]).fields.includes('subtasks')) return false;
  if (!items || items.length === 0) return true;
  return names(items, new Set(PARENT_SEES));
}
