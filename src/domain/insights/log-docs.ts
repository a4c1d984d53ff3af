import * as z from 'zod';
import type { GateEvent } from './gate-event';

/**
 * A page of a project's event log for one week: appended to until it would pass 100 KB. Each
 * event was checked against the event schema when it arrived; the page is read as a list of
 * objects (a full re-check of 100 KB on every append would cost more than the append).
 */
export const LOG_PAGE_BYTES = 100_000;
export const logPageSchema = z.strictObject({ events: z.array(z.record(z.string(), z.unknown())).max(5000) });
export type LogPage = { events: Array<GateEvent | Record<string, unknown>> };

export const logHeadSchema = z.strictObject({ pages: z.number().int().min(1).max(10_000), events: z.number().int().min(0) });
export type LogHead = z.infer<typeof logHeadSchema>;

/** The weeks and gates a project has figures for; retention removes weeks from the front. */
export const MAX_CATALOG_WEEKS = 120;
export const projectCatalogSchema = z.strictObject({
  weeks: z.array(z.string().regex(/^\d{4}-W\d{2}$/)).max(MAX_CATALOG_WEEKS),
  gates: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(200),
});
export type ProjectCatalog = z.infer<typeof projectCatalogSchema>;

export const MAX_PROJECTS = 20_000;
export const projectListSchema = z.strictObject({ projects: z.array(z.string().regex(/^\d{1,18}$/)).max(MAX_PROJECTS) });

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

/** Whether one more event fits on the page (the page's stored size stays under LOG_PAGE_BYTES). */
export const fitsOnPage = (page: LogPage, event: GateEvent): boolean => page.events.length === 0 || bytes(page) + bytes(event) + 1 <= LOG_PAGE_BYTES;

export function withWeek(catalog: ProjectCatalog, week: string, gateId: string | undefined): ProjectCatalog {
  const weeks = catalog.weeks.includes(week) ? catalog.weeks : [...catalog.weeks, week].sort().slice(-MAX_CATALOG_WEEKS);
  const gates = gateId === undefined || catalog.gates.includes(gateId) ? catalog.gates : [...catalog.gates, gateId].slice(-200);
  return { weeks, gates };
}
