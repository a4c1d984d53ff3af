import { requiredTally } from '../../../src/domain/summary/gate-progress';
import { HANDOFF_SECTIONS, type HandoffSection } from '../../../src/domain/handoff/handoff-sections';
import type { GateView, HandoffView } from '../../../src/resolvers/panel-data';

/** What the expanded context panel says about one gate. */
export interface GateSummary {
  id: string;
  name: string;
  passed: boolean;
  met: number;
  required: number;
  /** The required criteria that fail, in the gate's order. */
  failing: { id: string; label: string }[];
}

export function gateSummary(gate: GateView): GateSummary {
  const { met, required, failing } = requiredTally(gate.criteria);
  return { id: gate.id, name: gate.name, passed: gate.passed, met, required, failing: failing.map((c) => ({ id: c.id, label: c.label })) };
}

const filled = (value: HandoffView[HandoffSection]) => (typeof value === 'string' ? value.trim() !== '' : value.some((entry) => entry.text.trim() !== ''));

/** The handoff package at a glance: the sections still empty (by id; the screen names them), QA's verified behaviours and those to retest. */
export function handoffSummary(handoff: HandoffView): { missing: HandoffSection[]; verified: number; retest: number; behaviours: number } {
  return {
    missing: HANDOFF_SECTIONS.filter((section) => !filled(handoff[section])),
    verified: handoff.expectedBehaviours.filter((b) => b.state === 'passed').length,
    retest: handoff.expectedBehaviours.filter((b) => b.state === 'retest').length,
    behaviours: handoff.expectedBehaviours.length,
  };
}
