import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { success, type Envelope } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { openPickerSearch } from './open-picker-search';

export interface FoundPerson {
  accountId: string;
  displayName: string;
}

const answerSchema = z.array(
  z.looseObject({ accountId: z.string(), accountType: z.string().optional(), displayName: z.string().optional(), active: z.boolean().optional() }),
);

/**
 * `searchPeople`: people whose names match, for naming approvers, waivers and QA verifiers by
 * person (asked as the caller, so Jira leaves out whom they may not see). Apps and deactivated
 * accounts are left out: neither can approve anything.
 */
export async function searchPeople(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ people: FoundPerson[] }>> {
  const opened = await openPickerSearch(deps, request, 'people');
  if (!opened.ok) return opened;
  if (opened.query.trim() === '') return success({ people: [] });
  const query = { query: opened.query.trim(), maxResults: '20' };
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('findUsers', {}), query }, answerSchema, 'people matching your search');
  if (!read.ok) return jiraFailure(read, opened.say('errors.what.searchPeopleNow'), opened.say);
  const people = read.value
    .filter((p) => (p.accountType ?? 'atlassian') === 'atlassian' && p.active !== false)
    .map((p) => ({ accountId: p.accountId, displayName: p.displayName ?? p.accountId }));
  return success({ people });
}
