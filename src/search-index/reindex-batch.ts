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
import type { SendReindex } from '../ports/reindex-queue';
import { recordsKey } from '../records/records-store';
import { readDoc } from '../storage/read-doc';
import { readMany } from '../storage/read-many';
import { updateAtomically } from '../storage/update-atomically';
import { keepSummaryInStep, SEARCH_INDEX_PROPERTIES } from './keep-summary-in-step';
import { reindexEventSchema, reindexJobKey, reindexJobSchema, type ReindexJob } from './reindex-job';

/** Items a batch asks Jira for at once: one search call, then a property write only for a summary that changed. */
export const REINDEX_PAGE = 50;

export interface ReindexDeps {
  jira: JiraAccess;
  store: KeyValueStore;
  send: SendReindex;
}

export type Reindexed = 'continued' | 'done' | 'superseded' | 'failed' | 'retry' | 'refused';

/**
 * One batch of a project's search re-index: the next page of its items from one JQL search (with
 * the fields its gates read and their stored summary), each summary rewritten only when it changed,
 * until the page ends or `deadline` comes; then the job's progress is saved and the next batch
 * queued. A batch of a job a newer gate change replaced does nothing.
 */
export async function reindexBatch(body: unknown, deps: ReindexDeps, now: () => number, deadline: number): Promise<Reindexed> {
  const event = reindexEventSchema.safeParse(body);
  if (!event.success) return 'refused';
  const { projectId, jobId } = event.data;
  const key = reindexJobKey(projectId);
  const job = readDoc(reindexJobSchema, key, await deps.store.get(key));
  if (!job || job.jobId !== jobId || job.state !== 'running') return 'superseded';
  const set = await findGateSet(deps.store, { key: job.projectKey, id: projectId });
  if (!set.ok) return save(deps, projectId, job, { ...job, state: 'failed', problem: set.words(englishSay).slice(0, 500) });
  const wanted = issueRequestFor(set.gates);
  const request = { ...wanted, fields: [...new Set([...wanted.fields, 'project', 'issuetype', 'parent'])], properties: SEARCH_INDEX_PROPERTIES };
  const page = await searchIssues(deps.jira, `project = ${projectId} ORDER BY key ASC`, request, REINDEX_PAGE, job.cursor.token);
  if (!page.ok)
    return page.code === 'JIRA_UNAVAILABLE' ? 'retry' : save(deps, projectId, job, { ...job, state: 'failed', problem: page.message.slice(0, 500) });
  const items = page.value.issues.slice(job.cursor.skip);
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
      const outcome = await keepSummaryInStep(
        deps.jira,
        issue,
        set.gates.filter((g) => gateAppliesTo(g, view)),
        stored.value,
        await loadLinkedDecisions(deps.store, issue.key),
      );
      if (outcome === 'written') written += 1;
    }
    checked += 1;
  }
  const pageDone = checked === items.length;
  const done = pageDone && page.value.nextPageToken === undefined;
  const cursor = pageDone
    ? { ...(page.value.nextPageToken ? { token: page.value.nextPageToken } : {}), skip: 0 }
    : { ...(job.cursor.token ? { token: job.cursor.token } : {}), skip: job.cursor.skip + checked };
  const next: ReindexJob = {
    ...job,
    state: done ? 'done' : 'running',
    updatedAt: now(),
    checked: job.checked + checked + page.value.unreadable * (pageDone ? 1 : 0),
    written: job.written + written,
    cursor,
  };
  return save(deps, projectId, job, next);
}

/** Saves the job's progress unless a newer job replaced it meanwhile, then queues its next batch. */
async function save(deps: ReindexDeps, projectId: string, was: ReindexJob, next: ReindexJob): Promise<Reindexed> {
  const key = reindexJobKey(projectId);
  const saved = await updateAtomically(deps.store, [key], ([raw]) => {
    const now = readDoc(reindexJobSchema, key, raw);
    return now?.jobId === was.jobId ? { writes: [{ key, value: next }], answer: true } : { answer: false };
  });
  if (saved !== true) return 'superseded';
  if (next.state !== 'running') return next.state;
  await deps.send({ projectId, jobId: next.jobId });
  return 'continued';
}
