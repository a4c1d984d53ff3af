import { findGateSet } from '../gates/gate-library';
import { listProjects } from '../jira/list-projects';
import type { KeyValueStore } from '../ports/key-value-store';
import { readDoc } from '../storage/read-doc';
import type { ReindexDeps, Reindexed } from './reindex-batch';
import { reindexItems } from './reindex-items';
import { saveJobProgress } from './save-job-progress';
import { SITE_REINDEX_KEY, siteReindexJobSchema, type SiteReindexJob } from './site-reindex-job';

/**
 * One batch of the site's re-index: the next page of items of the project it is on; between
 * projects, the next page of Jira's project list (by key) walked to the next project without
 * gates of its own. So a batch makes at most one item search and one project listing, as a
 * project's batch makes one search. A project whose items cannot be searched is counted and
 * passed over; the rest of the site goes on.
 */
export async function reindexSiteBatch(jobId: string, deps: ReindexDeps, now: () => number, deadline: number): Promise<Reindexed> {
  const job = readDoc(siteReindexJobSchema, SITE_REINDEX_KEY, await deps.store.get(SITE_REINDEX_KEY));
  if (!job || job.jobId !== jobId || job.state !== 'running') return 'superseded';
  let next: SiteReindexJob = job;
  if (!next.current) {
    const found = await nextGovernedProject(deps, next.projects.next);
    if (found === 'retry') return 'retry';
    if ('problem' in found) return save(deps, job, { ...next, state: 'failed', updatedAt: now(), problem: found.problem });
    next = { ...next, projects: { ...next.projects, next: found.next } };
    if (found.project) next = { ...next, current: { ...found.project, cursor: { skip: 0 } } };
    else if (found.isLast) return save(deps, job, { ...next, state: 'done', updatedAt: now() });
  }
  const current = next.current;
  if (current && now() < deadline) {
    const step = await reindexItems(deps, current, current.cursor, now, deadline);
    if (!step.ok && step.retry) return 'retry';
    next = step.ok ? counted(next, step) : { ...withoutCurrent(next, 'failed'), problem: `${current.key}: ${step.problem}`.slice(0, 500) };
  }
  return save(deps, job, { ...next, updatedAt: now() });
}

type ItemsDone = Extract<Awaited<ReturnType<typeof reindexItems>>, { ok: true }>;

function withoutCurrent(job: SiteReindexJob, outcome: 'done' | 'failed'): SiteReindexJob {
  const { current: _current, ...rest } = job;
  return { ...rest, projects: { ...job.projects, [outcome]: job.projects[outcome] + 1 } };
}

/** The job after a page of the current project's items: counted, and on to the next project when they are done. */
function counted(job: SiteReindexJob, step: ItemsDone): SiteReindexJob {
  const sums = { checked: job.checked + step.checked, written: job.written + step.written };
  if (step.done) return { ...withoutCurrent(job, 'done'), ...sums };
  return { ...job, ...sums, ...(job.current ? { current: { ...job.current, cursor: step.cursor } } : {}) };
}

type Found = { project?: { id: string; key: string }; next: number; isLast: boolean } | { problem: string } | 'retry';

/** From `startAt` in Jira's project list, the first project the site's templates govern (no gates of its own), and where the walk goes on. */
async function nextGovernedProject(deps: { jira: ReindexDeps['jira']; store: KeyValueStore }, startAt: number): Promise<Found> {
  const page = await listProjects(deps.jira, startAt);
  if (!page.ok) return page.code === 'JIRA_UNAVAILABLE' ? 'retry' : { problem: page.message.slice(0, 500) };
  for (const [i, project] of page.value.projects.entries()) {
    const set = await findGateSet(deps.store, project);
    // A broken set (the project's or the site's) is not passed over: the project's items then fail, counted and said.
    if (!set.ok || set.source !== 'project') return { project, next: startAt + i + 1, isLast: false };
  }
  return { next: startAt + page.value.projects.length, isLast: page.value.isLast || page.value.projects.length === 0 };
}

const save = (deps: ReindexDeps, was: SiteReindexJob, next: SiteReindexJob) =>
  saveJobProgress(deps, SITE_REINDEX_KEY, siteReindexJobSchema, was, next, { site: true, jobId: next.jobId });
