import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from '../ports/key-value-store';
import type { SendReindex } from '../ports/reindex-queue';
import { reindexJobKey, type ReindexJob } from './reindex-job';
import { SITE_REINDEX_KEY, type SiteReindexJob } from './site-reindex-job';

/**
 * Starts re-indexing a project's search summaries after its gate set changed: a new job (a
 * newer change replaces an older job, whose remaining batches then stop) and its first batch
 * on the queue. A queue that refuses the push leaves the job marked failed, never running forever.
 */
export async function startReindex(store: KeyValueStore, send: SendReindex, project: { id: string; key: string }, now: number): Promise<ReindexJob> {
  const job: ReindexJob = {
    jobId: randomUUID(),
    projectKey: project.key,
    state: 'running',
    startedAt: now,
    updatedAt: now,
    checked: 0,
    written: 0,
    cursor: { skip: 0 },
  };
  await store.set(reindexJobKey(project.id), job);
  try {
    await send({ projectId: project.id, jobId: job.jobId });
    return job;
  } catch (error) {
    console.error(`shipshape: the search re-index of project ${project.key} could not be queued`, error);
    const failed: ReindexJob = { ...job, state: 'failed', problem: 'the queue refused the first batch' };
    await store.set(reindexJobKey(project.id), failed);
    return failed;
  }
}

/**
 * Starts re-indexing the search summaries of every project the site's templates govern, after
 * they changed: a new site job (replacing an older one) and its first batch on the queue.
 */
export async function startSiteReindex(store: KeyValueStore, send: SendReindex, now: number): Promise<SiteReindexJob> {
  const job: SiteReindexJob = {
    jobId: randomUUID(),
    state: 'running',
    startedAt: now,
    updatedAt: now,
    checked: 0,
    written: 0,
    projects: { next: 0, done: 0, failed: 0 },
  };
  await store.set(SITE_REINDEX_KEY, job);
  try {
    await send({ site: true, jobId: job.jobId });
    return job;
  } catch (error) {
    console.error('shipshape: the search re-index of the projects using the site templates could not be queued', error);
    const failed: SiteReindexJob = { ...job, state: 'failed', problem: 'the queue refused the first batch' };
    await store.set(SITE_REINDEX_KEY, failed);
    return failed;
  }
}
