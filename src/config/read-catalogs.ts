import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira, type JiraRead } from '../jira/read-jira';
import { asApp, type IssueResolverDeps } from '../resolvers/resolver-deps';

/** What the gate editor's pickers offer: Jira's fields by name, link types, work types and the project's roles. */
export interface Catalogs {
  fields: Array<{ id: string; name: string; custom: boolean }>;
  linkTypes: Array<{ name: string; inward: string; outward: string }>;
  /** The project's work types (on the admin page: every work type on the site), by name. */
  workTypes: string[];
  projectRoles: string[];
}

const fieldsSchema = z.array(z.looseObject({ id: z.string(), name: z.string(), custom: z.boolean().optional() }));
const linkTypesSchema = z.looseObject({ issueLinkTypes: z.array(z.looseObject({ name: z.string(), inward: z.string(), outward: z.string() })) });
const rolesSchema = z.record(z.string(), z.string());
const workTypesSchema = z.array(z.looseObject({ name: z.string() }));
const projectSchema = z.looseObject({ issueTypes: workTypesSchema.optional() });

const fieldsOf = (fields: z.infer<typeof fieldsSchema>) =>
  fields.map((f) => ({ id: f.id, name: f.name, custom: f.custom === true })).sort((a, b) => a.name.localeCompare(b.name));
const linkTypesOf = (links: z.infer<typeof linkTypesSchema>) => links.issueLinkTypes.map((t) => ({ name: t.name, inward: t.inward, outward: t.outward }));
// A site has several work types of one name (one per team-managed project): a gate names them by name, so once each.
const namesOf = (types: z.infer<typeof workTypesSchema>) => [...new Set(types.map((t) => t.name))].sort((a, b) => a.localeCompare(b));

/** Fields, link types and every work type, the site-wide part (the admin page has no project). */
export async function readSiteCatalogs(deps: IssueResolverDeps): Promise<JiraRead<Catalogs>> {
  const jira = asApp(deps);
  const [fields, links, types] = await Promise.all([
    readJira(jira, { method: 'GET', path: jiraPath('getFields', {}) }, fieldsSchema, "Jira's fields"),
    readJira(jira, { method: 'GET', path: jiraPath('getIssueLinkTypes', {}) }, linkTypesSchema, "Jira's link types"),
    readJira(jira, { method: 'GET', path: jiraPath('getIssueTypes', {}) }, workTypesSchema, "the site's work types"),
  ]);
  if (!fields.ok) return fields;
  if (!links.ok) return links;
  if (!types.ok) return types;
  return { ok: true, value: { fields: fieldsOf(fields.value), linkTypes: linkTypesOf(links.value), workTypes: namesOf(types.value), projectRoles: [] } };
}

/** Four reads as the app, in parallel; the first that fails is the answer. */
export async function readCatalogs(deps: IssueResolverDeps, projectKey: string): Promise<JiraRead<Catalogs>> {
  const jira = asApp(deps);
  const projectPath = jiraPath('getProject', { projectIdOrKey: projectKey });
  const [fields, links, roles, project] = await Promise.all([
    readJira(jira, { method: 'GET', path: jiraPath('getFields', {}) }, fieldsSchema, "Jira's fields"),
    readJira(jira, { method: 'GET', path: jiraPath('getIssueLinkTypes', {}) }, linkTypesSchema, "Jira's link types"),
    readJira(jira, { method: 'GET', path: jiraPath('getProjectRoles', { projectIdOrKey: projectKey }) }, rolesSchema, `project ${projectKey}'s roles`),
    readJira(jira, { method: 'GET', path: projectPath, query: { expand: 'issueTypes' } }, projectSchema, `project ${projectKey}'s work types`),
  ]);
  if (!fields.ok) return fields;
  if (!links.ok) return links;
  if (!roles.ok) return roles;
  if (!project.ok) return project;
  return {
    ok: true,
    value: {
      fields: fieldsOf(fields.value),
      linkTypes: linkTypesOf(links.value),
      workTypes: namesOf(project.value.issueTypes ?? []),
      projectRoles: Object.keys(roles.value)
        .filter((name) => name !== 'atlassian-addons-project-access')
        .sort(),
    },
  };
}
