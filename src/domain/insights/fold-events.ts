import { applyEvent } from './apply-event';
import type { GateEvent } from './gate-event';
import type { BlockedNow, ItemInsight, WeekFigures } from './insight-docs';
import { isoWeek, weeksBetween } from './iso-week';
import { periodFigures, type PeriodFigures } from './period-figures';

export interface Folded {
  weeks: Map<string, WeekFigures>;
  items: Map<string, ItemInsight>;
  blockedNow?: BlockedNow;
}

/** One gate's events folded into its stored figures with the consumer's own rule (applyEvent), in memory. */
export function foldEvents(events: Iterable<GateEvent>, gateId: string): Folded {
  const folded: Folded = { weeks: new Map(), items: new Map() };
  for (const event of events) {
    if (event.kind === 'verified' || event.gateId !== gateId) continue;
    const week = isoWeek(event.at);
    const applied = applyEvent({ item: folded.items.get(event.itemId), week: folded.weeks.get(week), blockedNow: folded.blockedNow }, event);
    if (applied.duplicate) continue;
    folded.items.set(event.itemId, applied.item);
    if (applied.week) folded.weeks.set(week, applied.week);
    if (applied.blockedNow) folded.blockedNow = applied.blockedNow;
  }
  return folded;
}

/** A gate's figures over the weeks its events span (the command line's `insights`), blocked-now as of `now`. */
export function figuresOfEvents(events: readonly GateEvent[], gateId: string, now: number): PeriodFigures {
  const gateEvents = events.filter((e) => e.kind !== 'verified' && e.gateId === gateId);
  const folded = foldEvents(gateEvents, gateId);
  if (gateEvents.length === 0) return periodFigures([], undefined, now);
  const times = gateEvents.map((e) => e.at);
  const weeks = weeksBetween(Math.min(...times), Math.max(...times)).map((week) => {
    const figures = folded.weeks.get(week);
    return figures ? { week, figures } : { week };
  });
  return periodFigures(weeks, folded.blockedNow, now);
}
