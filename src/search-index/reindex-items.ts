import { loadLinkedDecisions } from '../decisions/read-index';
import { gateAppliesTo } from '../domain/evaluate';
import { englishSay } from '../domain/words/english';
import { issueRequestFor } from '../domain/jira/issue-request';
import { createIssueView } from '../domain/jira/issue-view';
import { parseRecords } from '../domain/records/parse-records';
import { findGateSet } from '../gates/gate-library';
import type { JiraAccess } from '../jira/read-jira';
import { searchIssues } from '../jira/search-issues';
import type { KeyValueStore } from '../ports/key-value-store';
import { recordsKey } from '../records/records-store';
import { readMany } from '../storage/read-many';
import { keepSummaryInStep, SEARCH_INDEX_PROPERTIES } from './keep-summary-in-step';
import type { ItemCursor } from './reindex-job';

/** Items a batch asks Jira for at once: one search call, then a property write only for a summary that changed. */
export const REINDEX_PAGE = 50;

export type ItemsStep =
  { ok: true; checked: number; written: number; cursor: ItemCursor; done: boolean } | { ok: false; retry: true } | { ok: false; retry: false; problem: string };

/**
 * One page of a project's items from one JQL search (with the fields its gates read and their
 * stored summary), from `cursor` on: each summary rewritten only when it changed, until the page
 * ends or `deadline` comes. Says where the next page starts, or that the project is done.
 */
export async function reindexItems(
  deps: { jira: JiraAccess; store: KeyValueStore },
  project: { id: string; key: string },
  cursor: ItemCursor,
  now: () => number,
  deadline: number,
): Promise<ItemsStep> {
  const set = await findGateSet(deps.store, project);
  if (!set.ok) return { ok: false, retry: false, problem: set.words(englishSay).slice(0, 500) };
  const wanted = issueRequestFor(set.gates);
  const request = { ...wanted, fields: [...new Set([...wanted.fields, 'project', 'issuetype', 'parent'])], properties: SEARCH_INDEX_PROPERTIES };
  const page = await searchIssues(deps.jira, `project = ${project.id} ORDER BY key ASC`, request, REINDEX_PAGE, cursor.token);
  if (!page.ok) return page.code === 'JIRA_UNAVAILABLE' ? { ok: false, retry: true } : { ok: false, retry: false, problem: page.message.slice(0, 500) };
  const items = page.value.issues.slice(cursor.skip);
  const records = await readMany(
    deps.store,
    items.map((i) => recordsKey(i.id)),
  );
  let checked = 0;
  let written = 0;
  for (const [i, issue] of items.entries()) {
    if (now() >= deadline) break;
    const stored = parseRecords(records[i]);
    if (stored.ok) {
      const view = createIssueView(issue);
      const gates = set.gates.filter((g) => gateAppliesTo(g, view));
      const outcome = await keepSummaryInStep(deps.jira, issue, gates, stored.value, await loadLinkedDecisions(deps.store, issue.key));
      if (outcome === 'written') written += 1;
    }
    checked += 1;
  }
  const pageDone = checked === items.length;
  const next = pageDone
    ? { ...(page.value.nextPageToken ? { token: page.value.nextPageToken } : {}), skip: 0 }
    : { ...(cursor.token ? { token: cursor.token } : {}), skip: cursor.skip + checked };
  // Items whose shape did not read count as checked once their page is done.
  const unreadable = pageDone ? page.value.unreadable : 0;
  return { ok: true, checked: checked + unreadable, written, cursor: next, done: pageDone && page.value.nextPageToken === undefined };
}
