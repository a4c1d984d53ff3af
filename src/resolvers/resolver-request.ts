import * as z from 'zod';
import { problemsFromZod } from '../domain/problems';
import { failure, type ResolverError } from './envelope';
import { isProjectId } from '../gates/project-keys';

/** What `@forge/resolver` hands a resolver: the frontend's payload and the Forge context. */
export interface ResolverRequest {
  payload: unknown;
  context: unknown;
}

/**
 * The parts of the context the resolvers read. `accountId` is set by the Forge runtime from the
 * invocation's principal (the frontend cannot choose it); the extension names the panel's item.
 */
const contextSchema = z.looseObject({
  accountId: z.string().min(1).optional(),
  extension: z
    .looseObject({
      issue: z.looseObject({ id: z.union([z.string(), z.number()]).optional(), key: z.string().optional() }).optional(),
      project: z.looseObject({ key: z.string().optional(), id: z.union([z.string(), z.number()]).optional() }).optional(),
    })
    .optional(),
});

export interface Caller {
  accountId: string;
  /** The panel's work item, when the module's context names it. */
  contextIssue?: { id?: string; key?: string };
  contextProjectKey?: string;
  /** The project's id, when the module's context names it (gate sets are kept by it). */
  contextProjectId?: string;
}

export function callerOf(context: unknown): { ok: true; caller: Caller } | { ok: false; error: ResolverError } {
  const parsed = contextSchema.safeParse(context ?? {});
  const accountId = parsed.success ? parsed.data.accountId : undefined;
  if (!parsed.success || accountId === undefined) return failure('FORBIDDEN', 'Sign in to Jira to use Shipshape on this work item.');
  const issue = parsed.data.extension?.issue;
  const id = issue?.id === undefined ? undefined : String(issue.id);
  return {
    ok: true,
    caller: {
      accountId,
      ...(issue ? { contextIssue: { ...(id ? { id } : {}), ...(issue.key ? { key: issue.key } : {}) } } : {}),
      ...(parsed.data.extension?.project?.key ? { contextProjectKey: parsed.data.extension.project.key } : {}),
      ...(isProjectId(String(parsed.data.extension?.project?.id ?? '')) ? { contextProjectId: String(parsed.data.extension?.project?.id) } : {}),
    },
  };
}

export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown): { ok: true; value: T } | { ok: false; error: ResolverError } {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = problemsFromZod(parsed.error);
  return failure(
    'BAD_INPUT',
    `The request is not valid (${problems.length} problem(s)): ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    problems,
  );
}
