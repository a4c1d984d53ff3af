import { behaviourState } from '../criteria/behaviours-verified/behaviours-verified';
import { evaluate, type Snapshot } from '../evaluate';
import type { Gate } from '../gates/gate-schema';
import type { ItemRecords } from '../records/records-schema';
import type { Say } from '../words/say';

/** A QA result a save would set aside: the behaviour's text changes (`edited`), or the behaviour goes (`removed`). */
export interface ReopenedResult {
  behaviourId: string;
  /** Where the behaviour is in the saved package (0-based). */
  index: number;
  status: 'passed' | 'failed';
  how: 'edited' | 'removed';
}

/** A gate the item passes now and would fail after the save, with the checks that would fail. */
export interface LostGate {
  gateId: string;
  gateName: string;
  checks: string[];
}

export interface HandoffConsequences {
  reopened: ReopenedResult[];
  lostGates: LostGate[];
}

/**
 * What saving the package as `after` does to what QA and the gates have accepted (pure): the QA
 * results it sets aside, and the gates the item passes now that it would then fail. Nothing
 * here decides anything; the editor is asked first, and saves anyway or not.
 */
export function handoffConsequences(
  gates: readonly Gate[],
  snapshot: Omit<Snapshot, 'records'>,
  before: ItemRecords,
  after: ItemRecords,
  say: Say,
): HandoffConsequences {
  const kept = new Map((after.handoff?.expectedBehaviours ?? []).map((b) => [b.id, b.text]));
  const reopened: ReopenedResult[] = [];
  (before.handoff?.expectedBehaviours ?? []).forEach((b, index) => {
    const raw = behaviourState(before, b, snapshot.qaVerifiers);
    // A failure to retest is still QA's failed result.
    const state = raw === 'retest' ? 'failed' : raw;
    if (state !== 'passed' && state !== 'failed') return;
    const text = kept.get(b.id);
    if (text === undefined) reopened.push({ behaviourId: b.id, index, status: state, how: 'removed' });
    else if (text !== b.text) reopened.push({ behaviourId: b.id, index, status: state, how: 'edited' });
  });
  const lostGates = gates.flatMap((gate): LostGate[] => {
    const was = evaluate(gate, { ...snapshot, records: before }, say);
    if (!was.applicable || !was.passed) return [];
    const will = evaluate(gate, { ...snapshot, records: after }, say);
    if (will.passed) return [];
    const checks = will.results.filter((r, i) => r.required && r.status === 'failed' && was.results[i]?.status !== 'failed').map((r) => r.label);
    return [{ gateId: gate.id, gateName: gate.name, checks }];
  });
  return { reopened, lostGates };
}
