import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { success, type Envelope } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { openPickerSearch } from './open-picker-search';

const answerSchema = z.looseObject({ groups: z.array(z.looseObject({ name: z.string() })) });

/** `searchGroups`: group names matching what the admin typed, for the approver, waiver and QA verifier pickers (asked as the caller). */
export async function searchGroups(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ groups: string[] }>> {
  const opened = await openPickerSearch(deps, request, 'groups');
  if (!opened.ok) return opened;
  const query = { query: opened.query, maxResults: '20' };
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('findGroups', {}), query }, answerSchema, 'groups matching your search');
  if (!read.ok) return jiraFailure(read, opened.say('errors.what.searchGroupsNow'), opened.say);
  return success({ groups: read.value.groups.map((g) => g.name) });
}
