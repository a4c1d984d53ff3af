import * as z from 'zod';
import { problemsFromZod } from '../domain/problems';
import { failure, type ResolverError } from './envelope';
import { isProjectId } from '../gates/project-keys';
import { plural, type Say } from '../domain/words/say';
import { englishSay } from '../domain/words/english';
import { sayProblem } from '../domain/say-problem';

/** What `@forge/resolver` hands a resolver: the frontend's payload and the Forge context. */
export interface ResolverRequest {
  payload: unknown;
  context: unknown;
  /** The person's locale, as their screen sent it beside the payload (see withLocale): the words answers use. */
  locale?: string;
}

/**
 * Every screen's call sends the person's locale as `locale` beside the payload (Forge gives a
 * resolver no locale of its own); it is taken out here, before any payload schema sees it.
 */
export function withLocale(request: ResolverRequest): ResolverRequest {
  const payload = request.payload;
  if (typeof payload !== 'object' || payload === null || !Object.prototype.hasOwnProperty.call(payload, 'locale')) return request;
  const { locale, ...rest } = payload as { locale?: unknown };
  return { ...request, payload: rest, ...(typeof locale === 'string' && locale.length <= 20 ? { locale } : {}) };
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

export function callerOf(context: unknown, say: Say = englishSay): { ok: true; caller: Caller } | { ok: false; error: ResolverError } {
  const parsed = contextSchema.safeParse(context ?? {});
  const accountId = parsed.success ? parsed.data.accountId : undefined;
  if (!parsed.success || accountId === undefined) return failure('FORBIDDEN', say('errors.signIn'));
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

export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, say: Say = englishSay): { ok: true; value: T } | { ok: false; error: ResolverError } {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = problemsFromZod(parsed.error);
  return failure(
    'BAD_INPUT',
    plural(say, 'errors.invalidRequest', problems.length, { problems: problems.map((p) => `${p.path}: ${sayProblem(p, say)}`).join('; ') }),
    problems,
  );
}
