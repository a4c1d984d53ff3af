import type * as z from 'zod';
import type { Gate } from '../domain/gates/gate-schema';
import type { ProjectCatalog } from '../domain/insights/log-docs';
import type { Say } from '../domain/words/say';
import { findGateSet } from '../gates/gate-library';
import { failure, type ResolverError } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { canBrowseProject } from './can-browse-project';
import { readCatalog } from './read-figures';

export type OpenedInsights<T> =
  { ok: true; input: T; say: Say; project: { id: string; key: string }; catalog: ProjectCatalog; gates: Gate[] } | { ok: false; error: ResolverError };

/**
 * The start of every insights resolver: who calls (Forge context only), the payload checked,
 * the project from the page's context only, then Browse Projects on it checked as the caller
 * (beside the project's catalog and gate set, which are shown only once it is granted).
 */
export async function openInsights<T>(deps: IssueResolverDeps, request: ResolverRequest, schema: z.ZodType<T>): Promise<OpenedInsights<T>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(schema, request.payload, say);
  if (!input.ok) return input;
  const { contextProjectId: id, contextProjectKey: key } = who.caller;
  if (id === undefined || key === undefined) return failure('BAD_INPUT', say('errors.insightsNoProject'));
  const project = { id, key };
  const [allowed, catalog, set] = await Promise.all([canBrowseProject(deps, project, say), readCatalog(deps.store, id), findGateSet(deps.store, project)]);
  if (!allowed.ok) return allowed;
  return { ok: true, input: input.value, say, project, catalog, gates: set.ok ? set.gates : [] };
}

/** The gate asked for; without one, the first of the project's gate set that has figures, else any that has. False: one it has no figures for. */
export function chosenGate(opened: { input: { gateId?: string | undefined }; catalog: ProjectCatalog; gates: Gate[] }): string | undefined | false {
  const asked = opened.input.gateId;
  if (asked !== undefined) return opened.catalog.gates.includes(asked) ? asked : false;
  return opened.gates.find((g) => opened.catalog.gates.includes(g.id))?.id ?? opened.catalog.gates[0];
}
