import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import type { ProjectRef } from '../gates/project-keys';

/** The projects that have saved a gate set, so the workflow rule screen (which knows no project) can offer their gates. */
export const PROJECT_INDEX_KEY = 'gates-projects';
const refSchema = z.looseObject({ key: z.string(), id: z.string().optional() });
/** `projects` by id and key; `projectKeys` is how the index was stored before project ids. */
const indexSchema = z.looseObject({ projects: z.array(refSchema).optional(), projectKeys: z.array(z.string()).optional() });

export const loadProjectIndex = async (store: KeyValueStore): Promise<ProjectRef[]> => projectIndexOf(await store.get(PROJECT_INDEX_KEY));

export function projectIndexOf(raw: unknown): ProjectRef[] {
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) return [];
  const byKey = (parsed.data.projectKeys ?? []).map((key) => ({ key }));
  const known = (parsed.data.projects ?? []).map((p) => ({ key: p.key, ...(p.id ? { id: p.id } : {}) }));
  return [...known, ...byKey.filter((k) => !known.some((p) => p.key === k.key))];
}

/** The most projects the index lists, so it stays far below Forge's 240 KiB a value (about 60 bytes each). */
export const MAX_INDEXED_PROJECTS = 2000;

/**
 * The index's new value with `project` in it (by id: a renamed project's entry takes the new
 * key); undefined when it is there already, or when the index is full (the project's gates are
 * saved all the same; a shared workflow's rule screen does not offer them).
 */
export function indexWith(raw: unknown, project: ProjectRef): { projects: ProjectRef[] } | undefined {
  const refs = projectIndexOf(raw);
  const same = (p: ProjectRef) => (project.id !== undefined && p.id === project.id) || p.key === project.key;
  if (refs.some((p) => same(p) && p.key === project.key && p.id === project.id)) return undefined;
  if (!refs.some(same) && refs.length >= MAX_INDEXED_PROJECTS) return undefined;
  return { projects: [...refs.filter((p) => !same(p)), project].sort((a, b) => a.key.localeCompare(b.key)) };
}
