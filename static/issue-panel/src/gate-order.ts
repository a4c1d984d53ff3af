import type { GateView } from './types';

/** The gates that block the item first (open: what to do next), then those it passes (collapsed); each group in the gate set's order. */
export const blockedFirst = (gates: readonly GateView[]): GateView[] => [...gates.filter((g) => !g.passed), ...gates.filter((g) => g.passed)];
