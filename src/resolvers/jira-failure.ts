import type { JiraReadCode } from '../jira/read-jira';
import { failure } from './envelope';

/**
 * A Jira look-up that did not give an answer, as the panel is told. Every such path refuses the
 * action (fails closed): an unanswered permission question never grants anything.
 */
export function jiraFailure(read: { code: JiraReadCode | 'ISSUE_NOT_FOUND' | 'JIRA_FORBIDDEN'; message: string }, what: string) {
  if (read.code === 'JIRA_UNAVAILABLE') {
    return failure(
      'JIRA_UNAVAILABLE',
      `Shipshape could not ${what}: Jira is not answering right now (${read.message}). Nothing was changed; try again in a minute.`,
    );
  }
  return failure(
    'JIRA_ERROR',
    `Shipshape could not ${what} (${read.message}). Nothing was changed. If it keeps happening, a Jira admin should check the Shipshape app's access.`,
  );
}

export const itemNotFound = (issueId: string) => failure('NOT_FOUND', `Work item ${issueId} was not found, or you cannot see it.`);
