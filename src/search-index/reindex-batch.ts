import type { JiraAccess } from '../jira/read-jira';
import type { KeyValueStore } from '../ports/key-value-store';
import type { SendReindex } from '../ports/reindex-queue';
import { readDoc } from '../storage/read-doc';
import { reindexItems } from './reindex-items';
import { reindexEventSchema, reindexJobKey, reindexJobSchema, type ReindexJob } from './reindex-job';
import { reindexSiteBatch } from './reindex-site-batch';
import { saveJobProgress } from './save-job-progress';

export { REINDEX_PAGE } from './reindex-items';

export interface ReindexDeps {
  jira: JiraAccess;
  store: KeyValueStore;
  send: SendReindex;
}

export type Reindexed = 'continued' | 'done' | 'superseded' | 'failed' | 'retry' | 'refused';

/**
 * One batch of a search re-index (the queue's consumer): for a project, the next page of its
 * items; for the site's templates, the next page of the next project they govern. The job's
 * progress is saved and the next batch queued. A batch of a job a newer change replaced does nothing.
 */
export async function reindexBatch(body: unknown, deps: ReindexDeps, now: () => number, deadline: number): Promise<Reindexed> {
  const event = reindexEventSchema.safeParse(body);
  if (!event.success) return 'refused';
  if ('site' in event.data) return reindexSiteBatch(event.data.jobId, deps, now, deadline);
  const { projectId, jobId } = event.data;
  const key = reindexJobKey(projectId);
  const job = readDoc(reindexJobSchema, key, await deps.store.get(key));
  if (!job || job.jobId !== jobId || job.state !== 'running') return 'superseded';
  const step = await reindexItems(deps, { id: projectId, key: job.projectKey }, job.cursor, now, deadline);
  if (!step.ok) return step.retry ? 'retry' : save(deps, projectId, job, { ...job, state: 'failed', updatedAt: now(), problem: step.problem });
  const next: ReindexJob = {
    ...job,
    state: step.done ? 'done' : 'running',
    updatedAt: now(),
    checked: job.checked + step.checked,
    written: job.written + step.written,
    cursor: step.cursor,
  };
  return save(deps, projectId, job, next);
}

const save = (deps: ReindexDeps, projectId: string, was: ReindexJob, next: ReindexJob) =>
  saveJobProgress(deps, reindexJobKey(projectId), reindexJobSchema, was, next, { projectId, jobId: next.jobId });
