import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';

/** The projects that have saved a gate set, so the workflow rule screen (which knows no project) can offer their gates. */
export const PROJECT_INDEX_KEY = 'gates-projects';
const indexSchema = z.looseObject({ projectKeys: z.array(z.string()) });

export async function loadProjectIndex(store: KeyValueStore): Promise<string[]> {
  const parsed = indexSchema.safeParse(await store.get(PROJECT_INDEX_KEY));
  return parsed.success ? parsed.data.projectKeys : [];
}

export async function addToProjectIndex(store: KeyValueStore, projectKey: string): Promise<void> {
  const keys = await loadProjectIndex(store);
  if (!keys.includes(projectKey)) await store.set(PROJECT_INDEX_KEY, { projectKeys: [...keys, projectKey].sort() });
}
