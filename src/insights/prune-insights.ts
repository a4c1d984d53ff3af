import type { Clock } from '../ports/clock';
import type { KeyValueStore } from '../ports/key-value-store';
import { blockedNowSchema } from '../domain/insights/insight-docs';
import { isoWeek } from '../domain/insights/iso-week';
import { logHeadSchema, projectCatalogSchema, projectListSchema } from '../domain/insights/log-docs';
import { updateAtomically } from '../storage/update-atomically';
import { blockedNowKey, logHeadKey, logPageKey, PROJECTS_KEY, projectCatalogKey, weekFiguresKey } from './insight-keys';
import { readDoc } from '../storage/read-doc';
import { retainedFrom, retentionMonths } from './retention';
import { pruneExpiredItems } from './prune-expired-items';

export interface Pruned {
  weeks: number;
  done: boolean;
}

/**
 * Retention: removes every project's figures, event log and blocked-now entries older than the
 * retention period, a week at a time (the insight state of the items its log names that holds
 * nothing newer, then its values, then the week leaves the catalog, so an interrupted run leaves
 * nothing the next run cannot find). Stops at `deadline` and says so;
 * the next scheduled run goes on.
 */
export async function pruneInsights(store: KeyValueStore, clock: Clock, deadline: number): Promise<Pruned> {
  const cutoff = retainedFrom(clock.now(), await retentionMonths(store));
  const cutoffWeek = isoWeek(cutoff);
  const list = readDoc(projectListSchema, PROJECTS_KEY, await store.get(PROJECTS_KEY));
  let weeks = 0;
  for (const projectId of list?.projects ?? []) {
    const catalog = readDoc(projectCatalogSchema, projectCatalogKey(projectId), await store.get(projectCatalogKey(projectId)));
    if (!catalog) continue;
    for (const week of catalog.weeks.filter((w) => w < cutoffWeek)) {
      if (clock.now() >= deadline) return { weeks, done: false };
      const head = readDoc(logHeadSchema, logHeadKey(projectId, week), await store.get(logHeadKey(projectId, week)));
      const pages = Array.from({ length: head?.pages ?? 1 }, (_, page) => logPageKey(projectId, week, page));
      // The week's items first: the log names them, and it goes with the week.
      if (!(await pruneExpiredItems(store, pages, { cutoff, cutoffWeek }, () => clock.now() >= deadline))) return { weeks, done: false };
      await Promise.all([...catalog.gates.map((g) => weekFiguresKey(projectId, g, week)), ...pages].map((key) => store.delete(key)));
      await store.delete(logHeadKey(projectId, week));
      await updateAtomically(store, [projectCatalogKey(projectId)], ([raw]) => {
        const now = readDoc(projectCatalogSchema, projectCatalogKey(projectId), raw);
        return now
          ? { writes: [{ key: projectCatalogKey(projectId), value: { ...now, weeks: now.weeks.filter((w) => w !== week) } }], answer: undefined }
          : { answer: undefined };
      });
      weeks += 1;
    }
    for (const gateId of catalog.gates) await dropStaleBlocked(store, blockedNowKey(projectId, gateId), cutoff);
  }
  return { weeks, done: true };
}

async function dropStaleBlocked(store: KeyValueStore, key: string, cutoff: number): Promise<void> {
  await updateAtomically(store, [key], ([raw]) => {
    const list = readDoc(blockedNowSchema, key, raw);
    if (!list || list.items.every(([, , since]) => since >= cutoff)) return { answer: undefined };
    return { writes: [{ key, value: { ...list, items: list.items.filter(([, , since]) => since >= cutoff) } }], answer: undefined };
  });
}
