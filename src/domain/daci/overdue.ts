import type { Decision } from './daci-schema';

/** Open decisions are still to be made: not decided and not deferred. */
export const isOpen = (decision: Pick<Decision, 'status'>): boolean => decision.status === 'not-started' || decision.status === 'in-progress';

/**
 * An open decision whose due date is before `today` (YYYY-MM-DD in the viewer's time zone,
 * passed in so the rule stays pure). Due today is not overdue.
 */
export function isOverdue(decision: Pick<Decision, 'status' | 'due'>, today: string): boolean {
  return isOpen(decision) && decision.due !== undefined && decision.due < today;
}

/** An action item not done by its due date (before `today`, YYYY-MM-DD). */
export const isActionItemOverdue = (item: { done: boolean; due?: string | undefined }, today: string): boolean =>
  !item.done && item.due !== undefined && item.due < today;

// Making a DateTimeFormat costs milliseconds; every table load asks for today in its viewer's zone.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (formats.size >= 100) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}

/** Today's date (YYYY-MM-DD) in a time zone, e.g. `Europe/Berlin`; UTC when the zone is unknown. */
export function todayIn(timeZone: string | undefined, now: Date): string {
  try {
    return formatIn(timeZone || 'UTC').format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
