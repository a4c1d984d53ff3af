import type { GateView, PanelData } from './types';

/** The gates that block the item first, then those it passes; each group in the gate set's order. */
export const blockedFirst = (gates: readonly GateView[]): GateView[] => [...gates.filter((g) => !g.passed), ...gates.filter((g) => g.passed)];

/** A gate as the panel places it: open or collapsed, and the next transitions it guards (when Jira said which). */
export interface PlacedGate {
  gate: GateView;
  open: boolean;
  /** Names of the item's next transitions this gate guards; undefined when they are not known. */
  guards?: string[];
}

/**
 * "What do I do next?": the gates on the transitions the person may take now come first, open
 * while they block; gates on no next transition (one the item has passed, say) follow,
 * collapsed. Without them (or with none to take), the gates that block come first, open.
 */
export function placeGates(gates: readonly GateView[], next: PanelData['next']): PlacedGate[] {
  // Unknown, or the person may take no transition (a viewer, a closed item): what blocks, open.
  if (!next || next.length === 0) return blockedFirst(gates).map((gate) => ({ gate, open: !gate.passed }));
  const guards = (gate: GateView) => next.filter((t) => t.gateIds.includes(gate.id)).map((t) => t.name);
  const onNext = gates.filter((g) => guards(g).length > 0);
  const elsewhere = gates.filter((g) => guards(g).length === 0);
  return [
    ...blockedFirst(onNext).map((gate) => ({ gate, open: !gate.passed, guards: guards(gate) })),
    ...blockedFirst(elsewhere).map((gate) => ({ gate, open: false, guards: [] })),
  ];
}
