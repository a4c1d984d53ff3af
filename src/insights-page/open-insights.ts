import * as z from 'zod';
import type { Gate } from '../domain/gates/gate-schema';
import type { ProjectCatalog } from '../domain/insights/log-docs';
import type { Say } from '../domain/words/say';
import { findGateSet } from '../gates/gate-library';
import { failure, type ResolverError } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { gadgetProjectSchema } from '../domain/insights/insights-query';
import { callerOf, parsePayload, type Caller, type ResolverRequest } from '../resolvers/resolver-request';
import { canBrowseProject } from './can-browse-project';
import { readCatalog } from './read-figures';
import { problem } from '../domain/problems';

const gadgetContext = z.looseObject({ extension: z.looseObject({ type: z.literal('jira:dashboardGadget') }) });

/**
 * The project: the project page's own (its context); on a dashboard gadget, which has no project,
 * the one its settings name (`project` in the payload), which the browse check then guards.
 */
function projectOf(caller: Caller, context: unknown, input: unknown): { id: string; key: string } | undefined {
  if (caller.contextProjectId !== undefined && caller.contextProjectKey !== undefined) return { id: caller.contextProjectId, key: caller.contextProjectKey };
  if (!gadgetContext.safeParse(context).success) return undefined;
  const asked = gadgetProjectSchema.safeParse((input as { project?: unknown }).project);
  return asked.success ? asked.data : undefined;
}

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
  const project = projectOf(who.caller, request.context, input.value);
  if (!project) return failure('BAD_INPUT', say('errors.insightsNoProject'));
  const asked = (input.value as { project?: { id: string } }).project;
  if (asked && asked.id !== project.id)
    return failure('BAD_INPUT', say('errors.otherProject'), [problem('project', 'problems.otherProject', { project: project.key })]);
  const [allowed, catalog, set] = await Promise.all([
    canBrowseProject(deps, project, say),
    readCatalog(deps.store, project.id),
    findGateSet(deps.store, project),
  ]);
  if (!allowed.ok) return allowed;
  return { ok: true, input: input.value, say, project, catalog, gates: set.ok ? set.gates : [] };
}

/** The gate asked for; without one, the first of the project's gate set that has figures, else any that has. False: one it has no figures for. */
export function chosenGate(opened: { input: { gateId?: string | undefined }; catalog: ProjectCatalog; gates: Gate[] }): string | undefined | false {
  const asked = opened.input.gateId;
  if (asked !== undefined) return opened.catalog.gates.includes(asked) ? asked : false;
  return opened.gates.find((g) => opened.catalog.gates.includes(g.id))?.id ?? opened.catalog.gates[0];
}

/** The gates the project has figures for, by the name its gate set gives them (`inSet`: still in it). */
export const gateChoices = (opened: { catalog: ProjectCatalog; gates: Gate[] }) =>
  opened.catalog.gates.map((gateId) => {
    const gate = opened.gates.find((g) => g.id === gateId);
    return { id: gateId, name: gate?.name ?? gateId, inSet: gate !== undefined };
  });
