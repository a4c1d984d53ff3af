import { loadLinkedDecisions } from '../decisions/read-index';
import * as z from 'zod';
import { englishSay } from '../domain/words/english';
import { gateAppliesTo } from '../domain/evaluate';
import { issueRequestFor, requestCovers } from '../domain/jira/issue-request';
import { createIssueView } from '../domain/jira/issue-view';
import { findGateSet, projectKeyOf } from '../gates/gate-library';
import { getIssue } from '../jira/get-issue';
import type { JiraAccess } from '../jira/read-jira';
import type { KeyValueStore } from '../ports/key-value-store';
import { loadRecords } from '../records/records-store';
import { keepSummaryInStep, SEARCH_INDEX_PROPERTIES, type IndexOutcome } from '../search-index/keep-summary-in-step';
import { sameProject, type ProjectRef } from '../gates/project-keys';

/** Fields read on top of the gates' own: where the item lives, and whether it is a sub-task of another. */
const EXTRA_FIELDS = ['project', 'issuetype', 'parent'];

const placeSchema = z.looseObject({
  project: z.looseObject({ key: z.string(), id: z.string().optional() }).optional().catch(undefined),
  issuetype: z.looseObject({ subtask: z.boolean().optional() }).optional().catch(undefined),
  parent: z.looseObject({ id: z.string() }).optional().catch(undefined),
});

export interface RefreshOutcome {
  issueId: string;
  outcome: IndexOutcome | { skipped: string };
  /** The parent to refresh too, when this item is a sub-task (its parent's "sub-tasks done" may have changed). */
  parentId?: string;
}

/**
 * One item's search summary recomputed from Jira and the app's records: its gate set (the
 * project's, else the site's, else the built-ins), one Get issue with the fields those gates
 * need and the stored summary, then a PUT only when the summary changed.
 */
export async function refreshItemSummary(jira: JiraAccess, store: KeyValueStore, issueId: string, projectHint?: ProjectRef): Promise<RefreshOutcome> {
  let set = projectHint ? await findGateSet(store, projectHint) : undefined;
  const request = (gates: Parameters<typeof issueRequestFor>[0]) => {
    const wanted = issueRequestFor(gates);
    return { ...wanted, fields: [...new Set([...wanted.fields, ...EXTRA_FIELDS])], properties: SEARCH_INDEX_PROPERTIES };
  };
  const first = request(set?.ok ? set.gates : []);
  let loaded = await getIssue(jira.client, jira.clock, issueId, first, jira.retry);
  if (!loaded.ok) return { issueId, outcome: { skipped: loaded.message } };
  const place = placeSchema.parse(loaded.issue.fields);
  const project = place.project ?? { key: projectKeyOf(loaded.issue.key) };
  if (!set?.ok || !sameProject(project, projectHint)) {
    set = await findGateSet(store, project);
    if (!set.ok) return { issueId, outcome: { skipped: set.words(englishSay) } };
    const needed = request(set.gates);
    if (!requestCovers(first, needed)) {
      loaded = await getIssue(jira.client, jira.clock, issueId, needed, jira.retry);
      if (!loaded.ok) return { issueId, outcome: { skipped: loaded.message } };
    }
  }
  const parentId = place.issuetype?.subtask && place.parent ? { parentId: place.parent.id } : {};
  const view = createIssueView(loaded.issue);
  const gates = set.gates.filter((g) => gateAppliesTo(g, view));
  const [records, linked] = await Promise.all([loadRecords(store, loaded.issue.id), loadLinkedDecisions(store, loaded.issue.key)]);
  if (!records.ok)
    return { issueId, outcome: { skipped: `its records cannot be read (${records.problems[0]?.path}: ${records.problems[0]?.message})` }, ...parentId };
  return { issueId, outcome: await keepSummaryInStep(jira, loaded.issue, gates, records.value, linked), ...parentId };
}
