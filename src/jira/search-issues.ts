import * as z from 'zod';
import { jiraIssueSchema, type JiraIssue } from '../domain/jira/issue-schema';
import type { IssueRequest } from '../domain/jira/issue-request';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';

const pageSchema = z.looseObject({ issues: z.array(z.unknown()), nextPageToken: z.string().optional() });

export interface IssuePage {
  issues: JiraIssue[];
  /** Where the next page starts; absent on the last. */
  nextPageToken?: string;
  /** Items whose shape did not read (skipped, counted). */
  unreadable: number;
}

/** One page of a JQL search (`GET /rest/api/3/search/jql`), each item with the fields and properties `want` names. */
export async function searchIssues(
  jira: JiraAccess,
  jql: string,
  want: IssueRequest,
  maxResults: number,
  nextPageToken?: string,
): Promise<JiraRead<IssuePage>> {
  const query: Record<string, string> = { jql, fields: want.fields.join(','), maxResults: String(maxResults) };
  if (want.properties.length) query['properties'] = want.properties.join(',');
  if (want.expand.length) query['expand'] = want.expand.join(',');
  if (nextPageToken) query['nextPageToken'] = nextPageToken;
  const read = await readJira(jira, { method: 'GET', path: jiraPath('searchIssues', {}), query }, pageSchema, `the work items of ${jql}`);
  if (!read.ok) return read;
  const parsed = read.value.issues.map((raw) => jiraIssueSchema.safeParse(raw));
  const issues = parsed.flatMap((p) => (p.success ? [p.data] : []));
  return {
    ok: true,
    value: { issues, ...(read.value.nextPageToken ? { nextPageToken: read.value.nextPageToken } : {}), unreadable: parsed.length - issues.length },
  };
}
