import type * as z from 'zod';
import type { JiraRequest } from '../ports/jira-client';
import { readJson, type ReadCode, type ReadResult, type RestAccess } from './read-json';

/** A Jira client with the clock and retry policy its calls run under. */
export type JiraAccess = RestAccess;
export type JiraReadCode = ReadCode<'Jira'>;
export type JiraRead<T> = ReadResult<T, 'Jira'>;

/** One Jira call with the bounded retry, its 2xx answer checked against `schema`; anything else is a coded failure. */
export const readJira = <T>(jira: JiraAccess, request: JiraRequest, schema: z.ZodType<T>, what: string): Promise<JiraRead<T>> =>
  readJson('Jira', jira, request, schema, what);
