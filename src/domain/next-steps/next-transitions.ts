/** A transition the person may take now, and the item's gates that guard it. */
export interface NextTransition {
  id: string;
  name: string;
  /** The status it leads to. */
  to?: string;
  gateIds: string[];
}

/**
 * The item's next transitions with their gates: a rule guards a transition when its transition id
 * and name are the transition's (ids repeat across workflows, so both must match), and counts only
 * for a gate that applies to the item (a rule's gate id is looked up in the item's project).
 */
export function nextTransitions(
  available: ReadonlyArray<{ id: string; name: string; to?: string }>,
  guarded: ReadonlyArray<{ gateId: string; transitionId: string; transitionName: string }>,
  applicableGateIds: readonly string[],
): NextTransition[] {
  const applicable = new Set(applicableGateIds);
  return available.map((t) => ({
    ...t,
    gateIds: [...new Set(guarded.filter((r) => r.transitionId === t.id && r.transitionName === t.name && applicable.has(r.gateId)).map((r) => r.gateId))],
  }));
}
