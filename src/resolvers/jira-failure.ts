import type { JiraReadCode } from '../jira/read-jira';
import type { Say } from '../domain/words/say';
import { failure } from './envelope';

/**
 * A Jira look-up that did not give an answer, as the panel is told: `what` is what Shipshape
 * tried ("load this work item"), in `say`'s words. Every such path refuses the action (fails
 * closed): an unanswered permission question never grants anything.
 */
export function jiraFailure(read: { code: JiraReadCode | 'ISSUE_NOT_FOUND' | 'JIRA_FORBIDDEN'; message: string }, what: string, say: Say) {
  const detail = read.message;
  return read.code === 'JIRA_UNAVAILABLE'
    ? failure('JIRA_UNAVAILABLE', say('errors.jira.unavailable', { what, detail }))
    : failure('JIRA_ERROR', say('errors.jira.error', { what, detail }));
}

export const itemNotFound = (issueId: string, say: Say) => failure('NOT_FOUND', say('errors.itemNotFound', { item: issueId }));
