import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { success, type Envelope, type ResolverError } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { requireJiraAdmin } from './admin-rights';
import { openProjectConfig, projectKeySchema } from './open-config';

export const searchGroupsPayload = z.strictObject({ projectKey: projectKeySchema.optional(), query: z.string().max(100) });
const answerSchema = z.looseObject({ groups: z.array(z.looseObject({ name: z.string() })) });
type Opened = { ok: true; query: string } | { ok: false; error: ResolverError };

/**
 * Group pickers sit on a project's settings page (its admins may search) and on the Jira admin
 * page's site templates (no project: only a Jira admin may search).
 */
async function openGroupSearch(deps: IssueResolverDeps, request: ResolverRequest): Promise<Opened> {
  const who = callerOf(request.context);
  if (!who.ok) return who;
  const input = parsePayload(searchGroupsPayload, request.payload);
  if (!input.ok) return input;
  if (who.caller.contextProjectKey === undefined && input.value.projectKey === undefined) {
    const admin = await requireJiraAdmin(deps, 'search groups for the site templates');
    return admin.ok ? { ok: true, query: input.value.query } : admin;
  }
  const opened = await openProjectConfig(deps, request, searchGroupsPayload, 'pick groups for its gates');
  return opened.ok ? { ok: true, query: opened.input.query } : opened;
}

/** `searchGroups`: group names matching what the admin typed, for the approver, waiver and QA verifier pickers (asked as the caller). */
export async function searchGroups(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ groups: string[] }>> {
  const opened = await openGroupSearch(deps, request);
  if (!opened.ok) return opened;
  const query = { query: opened.query, maxResults: '20' };
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('findGroups', {}), query }, answerSchema, 'groups matching your search');
  if (!read.ok) return jiraFailure(read, 'search groups');
  return success({ groups: read.value.groups.map((g) => g.name) });
}
