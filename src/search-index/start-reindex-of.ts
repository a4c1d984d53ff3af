import type { GateSetTarget } from '../config/gate-set-target';
import type { KeyValueStore } from '../ports/key-value-store';
import type { SendReindex } from '../ports/reindex-queue';
import { reindexStatusOf, type ReindexStatus } from './reindex-job';
import { startReindex, startSiteReindex } from './start-reindex';

/** After a gate set changed: the re-index of the items it governs (a project's, or every project the site's templates govern), and its status. */
export async function startReindexOf(store: KeyValueStore, send: SendReindex, target: GateSetTarget, now: number): Promise<ReindexStatus | undefined> {
  if (target.kind === 'site') return reindexStatusOf(await startSiteReindex(store, send, now), now);
  if (target.projectId === undefined) return undefined;
  return reindexStatusOf(await startReindex(store, send, { id: target.projectId, key: target.projectKey }, now), now);
}
