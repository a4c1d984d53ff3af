import { insightsQuerySchema, DEFAULT_PERIOD_WEEKS } from '../domain/insights/insights-query';
import { isoWeek, weekStart } from '../domain/insights/iso-week';
import { periodFigures } from '../domain/insights/period-figures';
import { timeBins } from '../domain/insights/time-bins';
import type { Gate } from '../domain/gates/gate-schema';
import { findGateSet } from '../gates/gate-library';
import { retentionMonths } from '../insights/retention';
import { failure, success, type Envelope } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { canBrowseProject } from './can-browse-project';
import type { InsightsData } from './insights-data';
import { readCatalog, readGateFigures } from './read-figures';
import { visibleBlocked } from './visible-blocked';

const WEEK = 7 * 86_400_000;
const quoted = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** The `weeks` ISO weeks ending with this one, oldest first. */
const periodEnding = (now: number, weeks: number) => Array.from({ length: weeks }, (_, i) => isoWeek(weekStart(isoWeek(now)) - (weeks - 1 - i) * WEEK));

/**
 * `getInsights`: one gate's figures in the page's project over a period, for people who may
 * browse the project. The project comes from the page's context only; its figures are read
 * from storage (one batched read of the weeks), and the items blocked now are shown only as
 * far as Jira, asked as the viewer, shows them.
 */
export async function getInsights(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<InsightsData>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(insightsQuerySchema, request.payload, say);
  if (!input.ok) return input;
  const { contextProjectId: id, contextProjectKey: key } = who.caller;
  if (id === undefined || key === undefined) return failure('BAD_INPUT', say('errors.insightsNoProject'));
  const project = { id, key };
  const [allowed, catalog, set, months] = await Promise.all([
    canBrowseProject(deps, project, say),
    readCatalog(deps.store, id),
    findGateSet(deps.store, project),
    retentionMonths(deps.store),
  ]);
  if (!allowed.ok) return allowed;
  const current: Gate[] = set.ok ? set.gates : [];
  const gates = catalog.gates.map((gateId) => {
    const gate = current.find((g) => g.id === gateId);
    return { id: gateId, name: gate?.name ?? gateId, inSet: gate !== undefined };
  });
  const gateId = input.value.gateId ?? current.find((g) => catalog.gates.includes(g.id))?.id ?? catalog.gates[0];
  if (input.value.gateId !== undefined && !catalog.gates.includes(input.value.gateId))
    return failure('NOT_FOUND', say('errors.insightsGateUnknown', { project: key, gate: input.value.gateId }));
  const weeks = periodEnding(deps.clock.now(), input.value.weeks ?? DEFAULT_PERIOD_WEEKS);
  const read = gateId === undefined ? { weeks: weeks.map((week) => ({ week })) } : await readGateFigures(deps.store, id, gateId, weeks);
  const figures = periodFigures(read.weeks, 'blockedNow' in read ? read.blockedNow : undefined, deps.clock.now());
  const gate = current.find((g) => g.id === gateId);
  const labelOf = (criterionId: string) => gate?.criteria.find((c) => c.id === criterionId)?.label ?? criterionId;
  const { histogram, ...percentiles } = figures.timeBlocked;
  return success({
    project,
    gates,
    ...(gateId ? { gateId } : {}),
    period: { weeks: weeks.length, from: weeks[0]!, until: weeks[weeks.length - 1]! },
    weeks: figures.weeks,
    attempts: figures.attempts,
    blocked: figures.blocked,
    waiverRate: figures.waiverRate,
    criteria: figures.criteria.map((c) => ({
      ...c,
      label: labelOf(c.criterionId),
      jql: `project = ${quoted(key)} AND shipshapeFailingChecks = ${quoted(`${gateId}/${c.criterionId}`)}`,
    })),
    timeBlocked: { ...percentiles, bins: timeBins(histogram) },
    blockedNow: await visibleBlocked(deps, figures.blockedNow),
    retentionMonths: months,
  });
}
