import { jiraPath } from './jira-path';
import type { JiraAccess } from './read-jira';
import { sendWrite, type JiraWrite } from './send-write';

/**
 * `POST /rest/api/3/issueLink`: `outward` <link type's outward words> `inward` ("ABC-12 blocks
 * ABC-3"). Jira's request names them the other way round: the issue the outward words start
 * from is the request's `inwardIssue`.
 */
export async function linkIssues(jira: JiraAccess, linkType: string, outward: string, inward: string): Promise<JiraWrite<true>> {
  const body = { type: { name: linkType }, inwardIssue: { key: outward }, outwardIssue: { key: inward } };
  const sent = await sendWrite(jira, { method: 'POST', path: jiraPath('linkIssues', {}), body });
  return sent.ok ? { ok: true, value: true } : sent;
}
