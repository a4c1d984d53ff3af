import * as z from 'zod';
import { jiraPath } from './jira-path';
import { sendWithRetry } from './send-with-retry';
import type { JiraAccess, JiraRead } from './read-jira';
import { setOwnEntry } from '../domain/own-entry';

/** How many people one panel asks Jira to name; anyone beyond is shown as "Unknown person". */
export const MAX_PEOPLE = 100;
/** Pages followed when Jira answers in smaller pages than asked for. */
const MAX_PAGES = 3;

const userSchema = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  avatarUrls: z.looseObject({ '48x48': z.string().optional() }).optional(),
});
const pageSchema = z.looseObject({ values: z.array(userSchema), isLast: z.boolean().optional() });

export interface Person {
  displayName: string;
  avatarUrl?: string;
}

/**
 * Display names and avatars by accountId with `GET /rest/api/3/user/bulk`: every id in each
 * request, `maxResults` as many as the ids, so one call answers unless Jira pages smaller
 * (then at most MAX_PAGES). No ids, no call. People Jira does not return are left out.
 */
export async function getPeople(jira: JiraAccess, accountIds: readonly string[]): Promise<JiraRead<Record<string, Person>>> {
  const ids = [...new Set(accountIds)].slice(0, MAX_PEOPLE);
  const people: Record<string, Person> = {};
  if (ids.length === 0) return { ok: true, value: people };
  for (let page = 0, startAt = 0; page < MAX_PAGES; page++) {
    const request = {
      method: 'GET' as const,
      path: jiraPath('bulkGetUsers', {}),
      query: { maxResults: String(ids.length), startAt: String(startAt) },
      repeatedQuery: { accountId: ids },
    };
    const sent = await sendWithRetry(jira.client, request, jira.retry, jira.clock);
    if (!sent.ok)
      return {
        ok: false,
        code: 'JIRA_UNAVAILABLE',
        message: `Jira could not be asked for people's names after ${sent.attempts} attempt(s): ${sent.lastProblem}`,
      };
    const { status, body } = sent.response;
    if (status < 200 || status >= 300)
      return {
        ok: false,
        code: status === 401 || status === 403 ? 'JIRA_REFUSED' : 'JIRA_BAD_ANSWER',
        message: `Jira answered HTTP ${status} for people's names`,
      };
    const parsed = pageSchema.safeParse(body);
    if (!parsed.success) return { ok: false, code: 'JIRA_BAD_ANSWER', message: "Jira's answer for people's names has an unexpected shape" };
    for (const user of parsed.data.values) {
      if (!ids.includes(user.accountId) || user.displayName === undefined) continue;
      const avatarUrl = user.avatarUrls?.['48x48'];
      setOwnEntry(people, user.accountId, { displayName: user.displayName, ...(avatarUrl ? { avatarUrl } : {}) });
    }
    startAt += parsed.data.values.length;
    if (parsed.data.isLast !== false || parsed.data.values.length === 0 || startAt >= ids.length) break;
  }
  return { ok: true, value: people };
}
