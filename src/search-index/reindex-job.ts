import * as z from 'zod';

/** The project's re-index of its search summaries after a gate-set change (`search-reindex:<projectId>`). */
export const reindexJobKey = (projectId: string) => `search-reindex:${projectId}`;

/** Where a project's next batch starts: a search page and how many of its items are done. */
export const itemCursorSchema = z.strictObject({ token: z.string().max(2000).optional(), skip: z.number().int().min(0) });
export type ItemCursor = z.infer<typeof itemCursorSchema>;

/** What every re-index job keeps, a project's or the site's. */
export const jobFields = {
  /** A newer gate change starts a new job: events of an older one stop on seeing another id. */
  jobId: z.string().min(8).max(64),
  state: z.enum(['running', 'done', 'failed']),
  startedAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Items whose summary was looked at so far, and of those, rewritten. */
  checked: z.number().int().min(0),
  written: z.number().int().min(0),
  problem: z.string().max(500).optional(),
};

export const reindexJobSchema = z.strictObject({ ...jobFields, projectKey: z.string().max(20), cursor: itemCursorSchema });
export type ReindexJob = z.infer<typeof reindexJobSchema>;

/** What the queue carries: which job to go on with, of one project or of the site's templates. */
export const reindexEventSchema = z.union([
  z.strictObject({ projectId: z.string().regex(/^\d{1,18}$/), jobId: z.string().min(8).max(64) }),
  z.strictObject({ site: z.literal(true), jobId: z.string().min(8).max(64) }),
]);
export type ReindexEvent = z.infer<typeof reindexEventSchema>;

/** The queue's concurrency key: one batch at a time per project, and one at a time for the site's re-index. */
export const reindexLane = (event: ReindexEvent) => ('site' in event ? 'reindex-site' : `reindex-${event.projectId}`);

/** What the settings pages say of a re-index: running (with progress), failed (and why), or done lately. */
export interface ReindexStatus {
  state: ReindexJob['state'];
  checked: number;
  written: number;
  updatedAt: number;
  problem?: string;
  /** The site's re-index: projects whose items are done, and those that could not be re-indexed. */
  projects?: { done: number; failed: number };
}

const SHOWN_AFTER_DONE_MS = 60 * 60_000;

type AnyJob = Pick<ReindexJob, 'state' | 'checked' | 'written' | 'updatedAt' | 'problem'> & { projects?: { done: number; failed: number } };

/** The status worth showing at `now`: a finished job only within the hour after it finished. */
export function reindexStatusOf(job: AnyJob | undefined, now: number): ReindexStatus | undefined {
  if (!job || (job.state === 'done' && now - job.updatedAt > SHOWN_AFTER_DONE_MS)) return undefined;
  return {
    state: job.state,
    checked: job.checked,
    written: job.written,
    updatedAt: job.updatedAt,
    ...(job.problem ? { problem: job.problem } : {}),
    ...(job.projects ? { projects: { done: job.projects.done, failed: job.projects.failed } } : {}),
  };
}
