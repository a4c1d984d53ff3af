import type { Gate } from '../domain/gates/gate-schema';

/** The one line the workflow editor shows for a rule: "Requires Definition of Done — 8 criteria". */
export function ruleSummary(gate: Gate | undefined, gateId: string, failOpen: boolean): string {
  if (!gate) return `Gate "${gateId}" no longer exists: this transition is blocked until an admin picks another gate.`;
  const count = gate.criteria.length;
  const open = failOpen ? ' (lets the move through when Jira is down or too slow; never on a rate limit)' : '';
  return `Requires ${gate.name} — ${count} ${count === 1 ? 'criterion' : 'criteria'}${open}`;
}
