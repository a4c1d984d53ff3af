import type { Gate } from '../domain/gates/gate-schema';
import { gateWords, sayChange, type ChangeWords } from '../domain/gates/change-words';
import { englishSay } from '../domain/words/english';

/** One change to a gate set, summarised for the change history: English text, and words a screen says in its language. */
export interface GateChange {
  action: 'create-gate' | 'update-gate' | 'delete-gate' | 'reorder-gates';
  target: string;
  before: string;
  after: string;
  said?: { before: ChangeWords; after: ChangeWords };
}

export const describeGate = (gate: Gate) => sayChange(gateWords(gate), englishSay);

/** A change's two sides in words, and the English text derived from them. */
export const saidSides = (before: ChangeWords, after: ChangeWords) => ({
  before: sayChange(before, englishSay),
  after: sayChange(after, englishSay),
  said: { before, after },
});
const saidChange = (action: GateChange['action'], target: string, before: ChangeWords, after: ChangeWords): GateChange => ({
  action,
  target,
  ...saidSides(before, after),
});

/** What changed from `before` to `after`, gate by gate, then the order if only it changed (no I/O: a pure comparison). */
export function gateChanges(before: readonly Gate[], after: readonly Gate[]): GateChange[] {
  const old = new Map(before.map((g) => [g.id, g]));
  const now = new Map(after.map((g) => [g.id, g]));
  const changes: GateChange[] = [];
  for (const gate of after) {
    const was = old.get(gate.id);
    if (!was) changes.push(saidChange('create-gate', gate.id, { key: 'none' }, gateWords(gate)));
    else if (JSON.stringify(was) !== JSON.stringify(gate)) changes.push(saidChange('update-gate', gate.id, gateWords(was), gateWords(gate)));
  }
  for (const gate of before) if (!now.has(gate.id)) changes.push(saidChange('delete-gate', gate.id, gateWords(gate), { key: 'deleted' }));
  const order = (list: readonly Gate[]) =>
    list
      .map((g) => g.id)
      .filter((id) => old.has(id) && now.has(id))
      .join(', ');
  if (order(before) !== order(after)) changes.push({ action: 'reorder-gates', target: 'order', before: order(before), after: order(after) });
  return changes;
}
