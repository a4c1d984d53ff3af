import type { KeyValueStore } from '../ports/key-value-store';

/**
 * A project as the app knows it. Gate sets are kept by project id, which survives a project key
 * rename; the key is kept too, for messages and for data stored before ids were used.
 */
export interface ProjectRef {
  key: string;
  id?: string;
}

export const projectGatesKey = (projectId: string) => `gates:project-id:${projectId}`;
export const projectHistoryKey = (projectId: string) => `gates-history:project-id:${projectId}`;
/** Where gate sets were kept by key before: read as a fallback, moved on the first read that knows the id. */
export const legacyProjectGatesKey = (projectKey: string) => `gates:project:${projectKey}`;
export const legacyProjectHistoryKey = (projectKey: string) => `gates-history:project:${projectKey}`;
/** The id a project key was last seen with, so a caller that knows only the key (the validator) finds the set. */
export const projectAliasKey = (projectKey: string) => `project-key:${projectKey}`;

const PROJECT_ID = /^\d{1,18}$/;
export const isProjectId = (id: unknown): id is string => typeof id === 'string' && PROJECT_ID.test(id);

/** The project id a stored alias (`projectAliasKey`) names, if it names a valid one. */
export function aliasIdOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null | undefined)?.id;
  return isProjectId(id) ? id : undefined;
}

/** The ref with its id: the one given, else the one the key was last seen with. */
export async function withProjectId(store: KeyValueStore, project: ProjectRef): Promise<ProjectRef> {
  if (project.id !== undefined) return project;
  const id = aliasIdOf(await store.get(projectAliasKey(project.key)));
  return id === undefined ? project : { ...project, id };
}

/**
 * Whether the project a set was looked up by is the one the item turned out to be in: by id when
 * Jira named it (keys get renamed and reused), else by key.
 */
export const sameProject = (actual: ProjectRef, guess: ProjectRef | undefined): boolean =>
  guess !== undefined && (actual.id !== undefined ? guess.id === actual.id : actual.key === guess.key);
