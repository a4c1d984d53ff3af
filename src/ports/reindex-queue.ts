import type { ReindexEvent } from '../search-index/reindex-job';

/** Hands the next batch of a search re-index (a project's, or the site templates') to the queue (Forge's async events queue; a local one in the sandbox and tests). */
export type SendReindex = (event: ReindexEvent) => Promise<void>;
