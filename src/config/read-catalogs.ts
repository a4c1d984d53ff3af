import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira, type JiraRead } from '../jira/read-jira';
import { asApp, type IssueResolverDeps } from '../resolvers/resolver-deps';

/** What the gate editor's pickers offer: Jira's fields by name, link types and the project's roles. */
export interface Catalogs {
  fields: Array<{ id: string; name: string; custom: boolean }>;
  linkTypes: Array<{ name: string; inward: string; outward: string }>;
  projectRoles: string[];
}

const fieldsSchema = z.array(z.looseObject({ id: z.string(), name: z.string(), custom: z.boolean().optional() }));
const linkTypesSchema = z.looseObject({ issueLinkTypes: z.array(z.looseObject({ name: z.string(), inward: z.string(), outward: z.string() })) });
const rolesSchema = z.record(z.string(), z.string());

/** Fields and link types, the site-wide part (the admin page has no project). */
export async function readSiteCatalogs(deps: IssueResolverDeps): Promise<JiraRead<Catalogs>> {
  const jira = asApp(deps);
  const [fields, links] = await Promise.all([
    readJira(jira, { method: 'GET', path: jiraPath('getFields', {}) }, fieldsSchema, "Jira's fields"),
    readJira(jira, { method: 'GET', path: jiraPath('getIssueLinkTypes', {}) }, linkTypesSchema, "Jira's link types"),
  ]);
  if (!fields.ok) return fields;
  if (!links.ok) return links;
  return { ok: true, value: { fields: fieldsOf(fields.value), linkTypes: linkTypesOf(links.value), projectRoles: [] } };
}

const fieldsOf = (fields: z.infer<typeof fieldsSchema>) =>
  fields.map((f) => ({ id: f.id, name: f.name, custom: f.custom === true })).sort((a, b) => a.name.localeCompare(b.name));
const linkTypesOf = (links: z.infer<typeof linkTypesSchema>) => links.issueLinkTypes.map((t) => ({ name: t.name, inward: t.inward, outward: t.outward }));

/** Three reads as the app, in parallel; the first that fails is the answer. */
export async function readCatalogs(deps: IssueResolverDeps, projectKey: string): Promise<JiraRead<Catalogs>> {
  const jira = asApp(deps);
  const [fields, links, roles] = await Promise.all([
    readJira(jira, { method: 'GET', path: jiraPath('getFields', {}) }, fieldsSchema, "Jira's fields"),
    readJira(jira, { method: 'GET', path: jiraPath('getIssueLinkTypes', {}) }, linkTypesSchema, "Jira's link types"),
    readJira(jira, { method: 'GET', path: jiraPath('getProjectRoles', { projectIdOrKey: projectKey }) }, rolesSchema, `project ${projectKey}'s roles`),
  ]);
  if (!fields.ok) return fields;
  if (!links.ok) return links;
  if (!roles.ok) return roles;
  return {
    ok: true,
    value: {
      fields: fieldsOf(fields.value),
      linkTypes: linkTypesOf(links.value),
      projectRoles: Object.keys(roles.value)
        .filter((name) => name !== 'atlassian-addons-project-access')
        .sort(),
    },
  };
}
