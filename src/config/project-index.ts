import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';

/** The projects that have saved a gate set, so the workflow rule screen (which knows no project) can offer their gates. */
export const PROJECT_INDEX_KEY = 'gates-projects';
const indexSchema = z.looseObject({ projectKeys: z.array(z.string()) });

export const loadProjectIndex = async (store: KeyValueStore): Promise<string[]> => projectIndexOf(await store.get(PROJECT_INDEX_KEY));

export function projectIndexOf(raw: unknown): string[] {
  const parsed = indexSchema.safeParse(raw);
  return parsed.success ? parsed.data.projectKeys : [];
}

/** The index's new value with `projectKey` in it; undefined when it is there already. */
export function indexWith(raw: unknown, projectKey: string): { projectKeys: string[] } | undefined {
  const keys = projectIndexOf(raw);
  return keys.includes(projectKey) ? undefined : { projectKeys: [...keys, projectKey].sort() };
}
