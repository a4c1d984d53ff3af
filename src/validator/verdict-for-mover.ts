import { evaluate, type Snapshot } from '../domain/evaluate';
import type { Gate } from '../domain/gates/gate-schema';
import type { Say } from '../domain/words/say';
import type { Verdict } from '../domain/verdict';
import type { DecisionNaming } from '../domain/decisions/decision-naming';
import { namingCandidates, type NamingCandidates } from '../domain/criteria/decisions-settled/naming-candidates';

export type AskNaming = (candidates: NamingCandidates) => Promise<DecisionNaming | undefined>;

/**
 * The gate's verdict; when open decisions block it and the person moving the item is known
 * (`ask`), evaluated again naming the decisions on pages Confluence lets that person view.
 * Naming changes only words: the outcome is the same whichever way Confluence answers.
 */
export async function verdictForMover(gate: Gate, snapshot: Snapshot, say: Say, ask: AskNaming | undefined): Promise<Verdict> {
  const verdict = evaluate(gate, snapshot, say);
  if (verdict.passed || !ask) return verdict;
  const candidates = namingCandidates(gate, verdict, snapshot.decisions);
  if (candidates.pageIds.length === 0) return verdict;
  try {
    const decisionNaming = await ask(candidates);
    return decisionNaming ? evaluate(gate, { ...snapshot, decisionNaming }, say) : verdict;
  } catch (error) {
    console.warn('shipshape: naming the blocking decisions failed; the block message counts them', error);
    return verdict;
  }
}
