import * as z from 'zod';

/** The project's re-index of its search summaries after a gate-set change (`search-reindex:<projectId>`). */
export const reindexJobKey = (projectId: string) => `search-reindex:${projectId}`;

export const reindexJobSchema = z.strictObject({
  /** A newer gate change starts a new job: events of an older one stop on seeing another id. */
  jobId: z.string().min(8).max(64),
  projectKey: z.string().max(20),
  state: z.enum(['running', 'done', 'failed']),
  startedAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Items whose summary was looked at so far, and of those, rewritten. */
  checked: z.number().int().min(0),
  written: z.number().int().min(0),
  /** Where the next batch starts: a search page and how many of its items are done. */
  cursor: z.strictObject({ token: z.string().max(2000).optional(), skip: z.number().int().min(0) }),
  problem: z.string().max(500).optional(),
});
export type ReindexJob = z.infer<typeof reindexJobSchema>;

/** What the queue carries: which job of which project to go on with. */
export const reindexEventSchema = z.strictObject({ projectId: z.string().regex(/^\d{1,18}$/), jobId: z.string().min(8).max(64) });
export type ReindexEvent = z.infer<typeof reindexEventSchema>;

/** What the settings page says of a re-index: running (with progress), failed (and why), or done lately. */
export interface ReindexStatus {
  state: ReindexJob['state'];
  checked: number;
  written: number;
  updatedAt: number;
  problem?: string;
}

const SHOWN_AFTER_DONE_MS = 60 * 60_000;

/** The status worth showing at `now`: a finished job only within the hour after it finished. */
export function reindexStatusOf(job: ReindexJob | undefined, now: number): ReindexStatus | undefined {
  if (!job || (job.state === 'done' && now - job.updatedAt > SHOWN_AFTER_DONE_MS)) return undefined;
  return { state: job.state, checked: job.checked, written: job.written, updatedAt: job.updatedAt, ...(job.problem ? { problem: job.problem } : {}) };
}
