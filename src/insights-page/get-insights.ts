import { insightsQuerySchema, DEFAULT_PERIOD_WEEKS } from '../domain/insights/insights-query';
import { weeksEnding } from '../domain/insights/iso-week';
import { periodFigures } from '../domain/insights/period-figures';
import { timeBins } from '../domain/insights/time-bins';
import { retentionMonths } from '../insights/retention';
import { failure, success, type Envelope } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { chosenGate, gateChoices, openInsights } from './open-insights';
import type { InsightsData } from './insights-data';
import { readGateFigures } from './read-figures';
import { visibleBlocked } from './visible-blocked';

const quoted = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * `getInsights`: one gate's figures in the page's project over a period, for people who may
 * browse the project. The project comes from the page's context only; its figures are read
 * from storage (one batched read of the weeks), and the items blocked now are shown only as
 * far as Jira, asked as the viewer, shows them.
 */
export async function getInsights(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<InsightsData>> {
  const [opened, months] = await Promise.all([openInsights(deps, request, insightsQuerySchema), retentionMonths(deps.store)]);
  if (!opened.ok) return opened;
  const { input, project, gates: current } = opened;
  const { id, key } = project;
  const gates = gateChoices(opened);
  const gateId = chosenGate(opened);
  if (gateId === false) return failure('NOT_FOUND', opened.say('errors.insightsGateUnknown', { project: key, gate: input.gateId ?? '' }));
  const weeks = weeksEnding(deps.clock.now(), input.weeks ?? DEFAULT_PERIOD_WEEKS);
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
