import type { Problem } from '../domain/problems';

/** Why a resolver refused or failed. The panel shows `message`; `problems` locate bad input by path. */
export type ErrorCode =
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_INPUT'
  | 'TOO_LARGE'
  /** Nothing was saved: the person is asked to look again and may then save anyway (e.g. text that looks like a password). */
  | 'NEEDS_CONFIRMATION'
  | 'JIRA_UNAVAILABLE'
  | 'JIRA_ERROR'
  | 'RECORDS_INVALID'
  | 'GATES_INVALID'
  | 'INTERNAL';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  problems?: Problem[];
}

/** Every resolver answers with this one envelope; nothing is thrown to the frontend. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export const success = <T>(data: T): Envelope<T> => ({ ok: true, data });

export const failure = (code: ErrorCode, message: string, problems?: Problem[]): { ok: false; error: ResolverError } => ({
  ok: false,
  error: problems && problems.length ? { code, message, problems } : { code, message },
});
