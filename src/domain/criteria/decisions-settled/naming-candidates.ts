import type { Gate } from '../../gates/gate-schema';
import type { LinkedDecisions } from '../../decisions/linked-decisions';
import { MAX_PAGES_ASKED, MAX_PEOPLE_ASKED } from '../../decisions/decision-naming';
import { unsettledReason } from './unsettled-reason';
import { failingRequired, type Verdict } from '../../verdict';

export interface NamingCandidates {
  /** Pages holding unsettled decisions, to ask whether the mover may view them. */
  pageIds: string[];
  /** Approvers of the unsettled decisions on those pages. */
  accountIds: string[];
}

/**
 * Whom and what to ask Confluence about so that the block message of `gate` can name its open
 * decisions: only for its decisions-settled checks that block (`verdict`), so a gate that passes,
 * or fails for other reasons only, asks nothing.
 */
export function namingCandidates(gate: Gate, verdict: Verdict, linked: LinkedDecisions | undefined): NamingCandidates {
  const blocking = new Set(failingRequired(verdict).map((r) => r.id));
  const criteria = gate.criteria.flatMap((c) => (c.kind === 'decisions-settled' && blocking.has(c.id) ? [c] : []));
  if (linked?.state !== 'read' || criteria.length === 0) return { pageIds: [], accountIds: [] };
  const open = linked.decisions.filter((d) => criteria.some((c) => unsettledReason(d, c) !== undefined));
  const pageIds = [...new Set(open.map((d) => d.pageId))].slice(0, MAX_PAGES_ASKED);
  const asked = new Set(pageIds);
  const accountIds = [...new Set(open.filter((d) => asked.has(d.pageId)).map((d) => d.approver))].filter((id) => id !== '').slice(0, MAX_PEOPLE_ASKED);
  return { pageIds, accountIds };
}
