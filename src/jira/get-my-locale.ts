import * as z from 'zod';
import { jiraPath } from './jira-path';
import { readJira, type JiraAccess } from './read-jira';

const answerSchema = z.looseObject({ locale: z.string().max(40).nullish() });

/**
 * The calling person's Jira language ("de_DE"), from `GET /rest/api/3/myself` with a user-scoped
 * client; undefined when Jira hides it (their privacy settings) or cannot answer: English then.
 */
export async function getMyLocale(jira: JiraAccess): Promise<string | undefined> {
  const read = await readJira(jira, { method: 'GET', path: jiraPath('getCurrentUser', {}) }, answerSchema, 'your Jira language');
  return read.ok ? (read.value.locale ?? undefined) : undefined;
}
