import * as z from 'zod';
import { failure, type ResolverError } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { requireProjectAdmin, type ProjectAction, type AdminRights } from './admin-rights';
import { withProjectId, type ProjectRef } from '../gates/project-keys';
import { keepProjectSetById } from '../gates/keep-project-set-by-id';
import type { Say } from '../domain/words/say';
import { problem } from '../domain/problems';

export const projectKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'problems.projectKey');

/** `project`: the page's project, with its id when the context names it (the key alone when only the payload does). */
export type OpenedConfig<T> =
  { ok: true; input: T; projectKey: string; project: ProjectRef; accountId: string; rights: AdminRights; say: Say } | { ok: false; error: ResolverError };

/**
 * The start of every project configuration resolver: who is calling (Forge context only), the
 * payload checked, the project taken from the page's context (or the payload, when the context
 * names none), then Administer Projects on it checked as the caller before anything is read.
 */
export async function openProjectConfig<T extends { projectKey?: string | undefined }>(
  deps: IssueResolverDeps,
  request: ResolverRequest,
  schema: z.ZodType<T>,
  action: ProjectAction,
): Promise<OpenedConfig<T>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(schema, request.payload, say);
  if (!input.ok) return input;
  const fromContext = who.caller.contextProjectKey;
  const projectKey = fromContext ?? input.value.projectKey;
  if (projectKey === undefined) return failure('BAD_INPUT', say('errors.noProject'), [problem('projectKey', 'problems.required')]);
  if (input.value.projectKey !== undefined && input.value.projectKey !== projectKey) {
    return failure('BAD_INPUT', say('errors.otherProject'), [problem('projectKey', 'problems.otherProject', { project: projectKey })]);
  }
  const checked = await requireProjectAdmin(deps, projectKey, action, say);
  if (!checked.ok) return checked;
  const id = fromContext !== undefined ? who.caller.contextProjectId : undefined;
  if (id !== undefined) await keepProjectSetById(deps.store, { key: projectKey, id });
  const project = await withProjectId(deps.store, { key: projectKey, ...(id ? { id } : {}) });
  return { ok: true, input: input.value, projectKey, project, accountId: who.caller.accountId, rights: checked.rights, say };
}

/** The gate-set target of an opened project page. */
export const projectTarget = (project: ProjectRef) => ({ kind: 'project' as const, projectKey: project.key, ...(project.id ? { projectId: project.id } : {}) });

/** The payload parts every write carries. */
export const writeParts = { projectKey: projectKeySchema.optional(), revision: z.number().int().min(0) };
