import type { KeyValueStore } from '../ports/key-value-store';
import { applyEvent } from '../domain/insights/apply-event';
import type { GateEvent } from '../domain/insights/gate-event';
import { blockedNowSchema, itemInsightSchema, weekFiguresSchema } from '../domain/insights/insight-docs';
import { isoWeek } from '../domain/insights/iso-week';
import { fitsOnPage, logHeadSchema, logPageSchema, MAX_PROJECTS, projectCatalogSchema, projectListSchema, withWeek } from '../domain/insights/log-docs';
import { updateAtomically } from '../storage/update-atomically';
import { blockedNowKey, itemInsightKey, logHeadKey, logPageKey, PROJECTS_KEY, projectCatalogKey, weekFiguresKey } from './insight-keys';
import { readDoc } from '../storage/read-doc';

export type Recorded = 'recorded' | 'duplicate' | 'contended';

const gateOf = (event: GateEvent) => (event.kind === 'verified' ? undefined : event.gateId);

/** The keys one event reads and may write, the log page it appends to named by the head read just before. */
function keysFor(event: GateEvent, page: number) {
  const week = isoWeek(event.at);
  const gateId = gateOf(event);
  return {
    item: itemInsightKey(event.itemId),
    week: gateId === undefined ? undefined : weekFiguresKey(event.projectId, gateId, week),
    blocked: event.kind === 'attempt' ? blockedNowKey(event.projectId, event.gateId) : undefined,
    catalog: projectCatalogKey(event.projectId),
    projects: PROJECTS_KEY,
    head: logHeadKey(event.projectId, week),
    page: logPageKey(event.projectId, week, page),
    nextPage: logPageKey(event.projectId, week, page + 1),
  };
}

/**
 * Counts one gate event in its week's figures and appends it to the project's event log, all
 * in one conditional commit: two events arriving together never lose a count (the second's
 * commit fails, and it starts over from a fresh read). An event counted before changes nothing.
 * CONTENDED after `attempts` tries: the queue delivers it again later.
 */
export async function recordGateEvent(store: KeyValueStore, event: GateEvent, attempts = 6): Promise<Recorded> {
  const week = isoWeek(event.at);
  // The site's project list is read only when the project's catalog is new (its first event).
  let withProjects = false;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const head = readDoc(logHeadSchema, logHeadKey(event.projectId, week), await store.get(logHeadKey(event.projectId, week)));
    const page = (head?.pages ?? 1) - 1;
    const keys = keysFor(event, page);
    const order = [keys.item, keys.catalog, withProjects ? keys.projects : undefined, keys.head, keys.page, keys.nextPage, keys.week, keys.blocked].filter(
      (k): k is string => k !== undefined,
    );
    const outcome = await updateAtomically(
      store,
      order,
      (values) => {
        const raw = new Map(order.map((key, i) => [key, values[i]]));
        if (readDoc(logHeadSchema, keys.head, raw.get(keys.head))?.pages !== head?.pages) return { answer: 'moved' as const };
        const applied = applyEvent(
          {
            item: readDoc(itemInsightSchema, keys.item, raw.get(keys.item)),
            week: keys.week ? readDoc(weekFiguresSchema, keys.week, raw.get(keys.week)) : undefined,
            blockedNow: keys.blocked ? readDoc(blockedNowSchema, keys.blocked, raw.get(keys.blocked)) : undefined,
          },
          event,
        );
        if (applied.duplicate) return { answer: 'duplicate' as const };
        const writes: Array<{ key: string; value: unknown }> = [{ key: keys.item, value: applied.item }];
        if (keys.week && applied.week) writes.push({ key: keys.week, value: applied.week });
        if (keys.blocked && applied.blockedNow) writes.push({ key: keys.blocked, value: applied.blockedNow });
        const catalog = readDoc(projectCatalogSchema, keys.catalog, raw.get(keys.catalog));
        if (!catalog && !withProjects) return { answer: 'new project' as const };
        const nextCatalog = withWeek(catalog ?? { weeks: [], gates: [] }, week, gateOf(event));
        if (JSON.stringify(nextCatalog) !== JSON.stringify(catalog)) writes.push({ key: keys.catalog, value: nextCatalog });
        if (!catalog) {
          const list = readDoc(projectListSchema, keys.projects, raw.get(keys.projects)) ?? { projects: [] };
          if (!list.projects.includes(event.projectId))
            writes.push({ key: keys.projects, value: { projects: [...list.projects, event.projectId].slice(-MAX_PROJECTS) } });
        }
        const current = readDoc(logPageSchema, keys.page, raw.get(keys.page)) ?? { events: [] };
        const full = !fitsOnPage(current, event);
        writes.push(full ? { key: keys.nextPage, value: { events: [event] } } : { key: keys.page, value: { events: [...current.events, event] } });
        writes.push({ key: keys.head, value: { pages: page + 1 + (full ? 1 : 0), events: (head?.events ?? 0) + 1 } });
        return { writes, answer: 'recorded' as const };
      },
      1,
    );
    if (outcome === 'recorded' || outcome === 'duplicate') return outcome;
    if (outcome === 'new project') withProjects = true;
  }
  return 'contended';
}
