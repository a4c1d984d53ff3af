import { englishSay } from '../domain/words/english';
import { evaluate } from '../domain/evaluate';
import type { Gate } from '../domain/gates/gate-schema';
import type { JiraIssue } from '../domain/jira/issue-schema';
import type { ItemRecords } from '../domain/records/records-schema';
import { sameSearchSummary, searchSummary, SEARCH_PROPERTY_KEY } from '../domain/summary/search-summary';
import type { JiraAccess } from '../jira/read-jira';
import { setIssueProperty } from '../jira/set-issue-property';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import type { LinkedDecisions } from '../domain/decisions/linked-decisions';

export type IndexOutcome = 'written' | 'unchanged' | { failed: string };

/**
 * Writes the item's search summary (the `shipshape` issue property that JQL searches) when it
 * differs from the value the item was loaded with (`properties=shipshape` on its Get issue), so
 * an unchanged state costs no Jira call. `gates` are those that apply to the item. Never throws
 * for Jira's answer: a failure is returned for the caller to log, as the index is only a search aid.
 */
export async function keepSummaryInStep(
  jira: JiraAccess,
  issue: JiraIssue,
  gates: readonly Gate[],
  records: ItemRecords,
  decisions?: LinkedDecisions,
): Promise<IndexOutcome> {
  const qaVerifiers = qaVerifiersOf(gates)?.verifiers;
  const verdicts = gates.map((gate) => evaluate(gate, { issue, records, qaVerifiers, ...(decisions ? { decisions } : {}) }, englishSay));
  const summary = searchSummary(verdicts, records, new Date(jira.clock.now()).toISOString(), qaVerifiers, decisions);
  if (sameSearchSummary(issue.properties?.[SEARCH_PROPERTY_KEY], summary)) return 'unchanged';
  const written = await setIssueProperty(jira, issue.id, SEARCH_PROPERTY_KEY, summary);
  return written.ok ? 'written' : { failed: written.message };
}

/** The item's Get issue must ask for this property, so that an unchanged summary is not rewritten. */
export const SEARCH_INDEX_PROPERTIES = [SEARCH_PROPERTY_KEY];
