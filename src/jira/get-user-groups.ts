import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess, type JiraRead } from './read-jira';

const groupSchema = z.looseObject({ name: z.string(), groupId: z.string().nullish() });
export type GroupName = z.infer<typeof groupSchema>;

/** The groups a person is in (`GET /rest/api/3/user/groups`), as the app sees them. */
export function getUserGroups(jira: JiraAccess, accountId: string): Promise<JiraRead<GroupName[]>> {
  const request = { method: 'GET' as const, path: jiraPath('getUserGroups', {}), query: { accountId } };
  return readJira(jira, request, z.array(groupSchema), `the groups of ${accountId}`);
}
