import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';

const pageSchema = z.looseObject({
  values: z.array(z.looseObject({ id: z.string().regex(/^\d{1,18}$/), key: z.string().max(20) })).max(100),
  isLast: z.boolean().optional(),
});

export interface ProjectsPage {
  projects: Array<{ id: string; key: string }>;
  /** No project after these. */
  isLast: boolean;
}

/** Projects per page of the walk through the site's projects. */
export const PROJECTS_PAGE = 50;

/** One page of the site's projects by key, from `startAt` (`GET /rest/api/3/project/search`), as whoever `jira` calls as. */
export async function listProjects(jira: JiraAccess, startAt: number): Promise<JiraRead<ProjectsPage>> {
  const query = { startAt: String(startAt), maxResults: String(PROJECTS_PAGE), orderBy: 'key' };
  const read = await readJira(jira, { method: 'GET', path: jiraPath('searchProjects', {}), query }, pageSchema, 'the projects of the site');
  if (!read.ok) return read;
  const projects = read.value.values.map((p) => ({ id: p.id, key: p.key }));
  return { ok: true, value: { projects, isLast: read.value.isLast ?? projects.length < PROJECTS_PAGE } };
}
