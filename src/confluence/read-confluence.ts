import type * as z from 'zod';
import type { ConfluenceRequest } from '../ports/confluence-client';
import { readJson, type ReadCode, type ReadResult, type RestAccess } from '../jira/read-json';

export type ConfluenceAccess = RestAccess;
export type ConfluenceReadCode = ReadCode<'Confluence'>;
export type ConfluenceRead<T> = ReadResult<T, 'Confluence'>;

/** One Confluence call with the bounded retry, its 2xx answer checked against `schema`; anything else is a coded failure. */
export const readConfluence = <T>(access: ConfluenceAccess, request: ConfluenceRequest, schema: z.ZodType<T>, what: string): Promise<ConfluenceRead<T>> =>
  readJson('Confluence', access, request, schema, what);
