import { Queue } from '@forge/events';
import type { SendReindex } from '../ports/reindex-queue';
import { reindexLane } from '../search-index/reindex-job';

/** The manifest's queue (`consumer` module `search-reindex-consumer`). */
export const REINDEX_QUEUE = 'search-reindex';

/** Forge's async events queue; one project's batches run one at a time (a concurrency key per project, one for the site's), so Jira sees one batch's calls at once. */
export function forgeSendReindex(queue = new Queue({ key: REINDEX_QUEUE })): SendReindex {
  return async (event) => {
    await queue.push({ body: event, concurrency: { key: reindexLane(event), limit: 1 } });
  };
}
