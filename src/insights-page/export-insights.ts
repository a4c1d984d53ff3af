import * as z from 'zod';
import { DEFAULT_PERIOD_WEEKS, insightsQuerySchema } from '../domain/insights/insights-query';
import { eventCsvLine, eventsCsvHeader } from '../domain/insights/events-csv';
import { weeksEnding } from '../domain/insights/iso-week';
import { weeksCsv } from '../domain/insights/weeks-csv';
import { fetchItems, MAX_ITEMS_FETCHED } from '../jira/fetch-items';
import { failure, success, type Envelope } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, type IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { chosenGate, openInsights } from './open-insights';
import { readGateFigures } from './read-figures';
import { readEventLog } from './read-event-log';

export const exportPayload = insightsQuerySchema.extend({
  kind: z.enum(['weeks', 'events']),
  /** Where the previous part of an events export ended. */
  cursor: z.strictObject({ week: z.number().int().min(0).max(60), page: z.number().int().min(0).max(10_000) }).optional(),
});

export interface ExportPart {
  fileName: string;
  /** This part's CSV: the header comes with the first part only. */
  csv: string;
  /** Where the next part starts; absent: this was the last. */
  next?: { week: number; page: number };
  /** Events of items the caller may not browse, left out of this part. */
  leftOut: number;
}

/** The item ids among `ids` the caller may browse, asked of Jira as the caller, 100 at a time. */
async function browsable(deps: IssueResolverDeps, ids: string[]) {
  const seen = new Set<string>();
  for (let start = 0; start < ids.length; start += MAX_ITEMS_FETCHED) {
    const found = await fetchItems(asUser(deps), ids.slice(start, start + MAX_ITEMS_FETCHED));
    if (!found.ok) return found;
    for (const item of found.value) if (item.id) seen.add(item.id);
  }
  return { ok: true as const, value: seen };
}

/**
 * `exportInsights`: the weekly figures of a gate as CSV (one part), or the project's events in
 * the period as CSV in parts (each a few log pages, within Forge's answer limit; the screen asks
 * for the next until done). Events of items the caller may not browse are left out and counted.
 */
export async function exportInsights(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<ExportPart>> {
  const opened = await openInsights(deps, request, exportPayload);
  if (!opened.ok) return opened;
  const { input, project, say } = opened;
  const weeks = weeksEnding(deps.clock.now(), input.weeks ?? DEFAULT_PERIOD_WEEKS);
  const span = `${weeks[0]}-${weeks[weeks.length - 1]}`;
  if (input.kind === 'weeks') {
    const gateId = chosenGate(opened);
    if (gateId === false || gateId === undefined)
      return failure('NOT_FOUND', say('errors.insightsGateUnknown', { project: project.key, gate: input.gateId ?? '' }));
    const read = await readGateFigures(deps.store, project.id, gateId, weeks);
    return success({ fileName: `shipshape-${project.key}-${gateId}-weeks-${span}.csv`, csv: weeksCsv(gateId, read.weeks), leftOut: 0 });
  }
  const chunk = await readEventLog(deps.store, project.id, weeks, input.cursor ?? { week: 0, page: 0 });
  const events = input.gateId ? chunk.events.filter((e) => e.kind !== 'verified' && e.gateId === input.gateId) : chunk.events;
  const visible = await browsable(deps, [...new Set(events.map((e) => e.itemId))]);
  if (!visible.ok) return jiraFailure(visible, say('errors.what.checkProjectBrowse', { project: project.key }), say);
  const shown = events.filter((e) => visible.value.has(e.itemId));
  return success({
    fileName: `shipshape-${project.key}-events-${span}.csv`,
    csv: (input.cursor ? '' : eventsCsvHeader()) + shown.map(eventCsvLine).join(''),
    ...(chunk.next ? { next: chunk.next } : {}),
    leftOut: events.length - shown.length,
  });
}
