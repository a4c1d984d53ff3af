import type { ItemEntry } from './index-schema';
import { decisionsOfItem } from './item-entry';

/** The decisions that link a work item, as a gate sees them: from the index, or unreadable (the gate fails closed). */
export type LinkedDecisions = { state: 'read'; decisions: ReturnType<typeof decisionsOfItem>['decisions']; omitted: number } | { state: 'unreadable' };

export const linkedDecisions = (entry: ItemEntry | undefined): LinkedDecisions => ({ state: 'read', ...decisionsOfItem(entry) });
