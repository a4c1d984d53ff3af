import type { KeyValueStore } from '../ports/key-value-store';
import { blockedNowSchema, weekFiguresSchema, type BlockedNow, type WeekFigures } from '../domain/insights/insight-docs';
import { projectCatalogSchema, type ProjectCatalog } from '../domain/insights/log-docs';
import { readDoc } from '../storage/read-doc';
import { blockedNowKey, projectCatalogKey, weekFiguresKey } from '../insights/insight-keys';
import { readMany } from '../storage/read-many';

export async function readCatalog(store: KeyValueStore, projectId: string): Promise<ProjectCatalog> {
  return readDoc(projectCatalogSchema, projectCatalogKey(projectId), await store.get(projectCatalogKey(projectId))) ?? { weeks: [], gates: [] };
}

/** One gate's weekly figures for the weeks asked (one batched read) and its blocked-now list. */
export async function readGateFigures(
  store: KeyValueStore,
  projectId: string,
  gateId: string,
  weeks: readonly string[],
): Promise<{ weeks: Array<{ week: string; figures?: WeekFigures }>; blockedNow?: BlockedNow }> {
  const keys = weeks.map((week) => weekFiguresKey(projectId, gateId, week));
  const [values, blocked] = await Promise.all([readMany(store, keys), store.get(blockedNowKey(projectId, gateId))]);
  return {
    weeks: weeks.map((week, i) => {
      const figures = readDoc(weekFiguresSchema, keys[i]!, values[i]);
      return figures ? { week, figures } : { week };
    }),
    blockedNow: readDoc(blockedNowSchema, blockedNowKey(projectId, gateId), blocked),
  };
}
