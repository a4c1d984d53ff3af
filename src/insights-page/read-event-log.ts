import type { KeyValueStore } from '../ports/key-value-store';
import { gateEventSchema, type GateEvent } from '../domain/insights/gate-event';
import { logHeadSchema, logPageSchema } from '../domain/insights/log-docs';
import { readDoc } from '../storage/read-doc';
import { logHeadKey, logPageKey } from '../insights/insight-keys';
import { readMany } from '../storage/read-many';

/** Where an export goes on: the week (index in the period) and the page of its log. */
export interface LogCursor {
  week: number;
  page: number;
}

export interface LogChunk {
  events: GateEvent[];
  next?: LogCursor;
}

/**
 * A run of a project's event log over the period's weeks, from `from`: whole pages, until
 * `maxPages` are read or the events name `maxItems` distinct items (so the caller's visibility
 * check stays a few Jira calls). Each event is read through its schema; one that does not read is skipped.
 */
export async function readEventLog(
  store: KeyValueStore,
  projectId: string,
  weeks: readonly string[],
  from: LogCursor,
  limits = { maxPages: 5, maxItems: 300 },
): Promise<LogChunk> {
  const heads = await readMany(
    store,
    weeks.map((w) => logHeadKey(projectId, w)),
  );
  const events: GateEvent[] = [];
  const items = new Set<string>();
  let pagesRead = 0;
  for (let week = from.week; week < weeks.length; week += 1) {
    const pages = readDoc(logHeadSchema, logHeadKey(projectId, weeks[week]!), heads[week])?.pages ?? 0;
    for (let page = week === from.week ? from.page : 0; page < pages; page += 1) {
      if (pagesRead >= limits.maxPages || items.size >= limits.maxItems) return { events, next: { week, page } };
      const key = logPageKey(projectId, weeks[week]!, page);
      const stored = readDoc(logPageSchema, key, await store.get(key));
      for (const raw of stored?.events ?? []) {
        const parsed = gateEventSchema.safeParse(raw);
        if (!parsed.success) continue;
        events.push(parsed.data);
        items.add(parsed.data.itemId);
      }
      pagesRead += 1;
    }
  }
  return { events };
}
