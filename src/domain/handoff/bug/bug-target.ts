import type { Gate } from '../../gates/gate-schema';

export const DEFAULT_BUG_LINK_TYPE = 'Blocks';

export interface BugTarget {
  readonly projectKey: string;
  /** The link type's name; the bug is on its outward side ("blocks"), the item on its inward side. */
  readonly linkType: string;
}

/** Where a bug from one of the item's failed behaviours goes: the first applicable gate that says, else the item's project, "Blocks". */
export function bugTargetOf(applicableGates: readonly Gate[], itemProjectKey: string): BugTarget {
  const named = applicableGates.find((g) => g.bugs?.projectKey !== undefined)?.bugs?.projectKey;
  const linkType = applicableGates.find((g) => g.bugs?.linkType !== undefined)?.bugs?.linkType;
  return { projectKey: named ?? itemProjectKey, linkType: linkType ?? DEFAULT_BUG_LINK_TYPE };
}
