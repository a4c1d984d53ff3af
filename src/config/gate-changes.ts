import type { Gate } from '../domain/gates/gate-schema';

/** One change to a gate set, summarised for the change history (no I/O: a pure comparison). */
export interface GateChange {
  action: 'create-gate' | 'update-gate' | 'delete-gate' | 'reorder-gates';
  target: string;
  before: string;
  after: string;
}

export const describeGate = (gate: Gate) => {
  const required = gate.criteria.filter((c) => c.required !== false).length;
  const types = gate.appliesTo ? ` for ${gate.appliesTo.issueTypes.join(', ')}` : '';
  return `"${gate.name}"${types}: ${gate.criteria.length} criteria (${required} required): ${gate.criteria.map((c) => c.id).join(', ')}`;
};

/** What changed from `before` to `after`, gate by gate, then the order if only it changed. */
export function gateChanges(before: readonly Gate[], after: readonly Gate[]): GateChange[] {
  const old = new Map(before.map((g) => [g.id, g]));
  const now = new Map(after.map((g) => [g.id, g]));
  const changes: GateChange[] = [];
  for (const gate of after) {
    const was = old.get(gate.id);
    if (!was) changes.push({ action: 'create-gate', target: gate.id, before: '(none)', after: describeGate(gate) });
    else if (JSON.stringify(was) !== JSON.stringify(gate))
      changes.push({ action: 'update-gate', target: gate.id, before: describeGate(was), after: describeGate(gate) });
  }
  for (const gate of before) if (!now.has(gate.id)) changes.push({ action: 'delete-gate', target: gate.id, before: describeGate(gate), after: '(deleted)' });
  const order = (list: readonly Gate[]) =>
    list
      .map((g) => g.id)
      .filter((id) => old.has(id) && now.has(id))
      .join(', ');
  if (order(before) !== order(after)) changes.push({ action: 'reorder-gates', target: 'order', before: order(before), after: order(after) });
  return changes;
}
