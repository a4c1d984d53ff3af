import { daciTableSchema, type DaciTable } from './daci-schema';
import { isOpen } from './overdue';

export type Decided = { ok: true; table: DaciTable } | { ok: false; reason: 'not-found' | 'not-open' | 'invalid'; message: string };

/**
 * The table with one open decision marked decided with its outcome, as the Approver's "approve
 * and mark decided" writes it; refused for a decision that is not open or an outcome the table's
 * schema does not take (empty, too long).
 */
export function decidedTable(table: DaciTable, decisionId: string, outcome: string): Decided {
  const decision = table.decisions.find((d) => d.id === decisionId);
  if (!decision) return { ok: false, reason: 'not-found', message: `no decision "${decisionId}"` };
  if (!isOpen(decision)) return { ok: false, reason: 'not-open', message: `"${decision.title}" is not open, so it cannot be marked decided` };
  if (outcome.trim() === '') return { ok: false, reason: 'invalid', message: 'a decided decision needs an outcome: say what was decided' };
  const next = { ...table, decisions: table.decisions.map((d) => (d.id === decisionId ? { ...d, status: 'decided' as const, outcome: outcome.trim() } : d)) };
  const parsed = daciTableSchema.safeParse(next);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: parsed.error.issues[0]?.message ?? 'the table would not be valid' };
  return { ok: true, table: parsed.data };
}
