import { withCount } from './counts';
import type { AttemptEvent, GateEvent, WaiverEvent } from './gate-event';
import { emptyWeek, MAX_APPLIED_IDS, MAX_LISTED_BLOCKED, type BlockedNow, type GateStanding, type ItemInsight, type WeekFigures } from './insight-docs';
import { isoWeek } from './iso-week';
import { withDuration } from './time-histogram';

/** The stored values one event changes; absent ones hold nothing yet. */
export interface InsightDocs {
  item?: ItemInsight;
  week?: WeekFigures;
  blockedNow?: BlockedNow;
}

export type Applied = { duplicate: true } | { duplicate: false; item: ItemInsight; week?: WeekFigures; blockedNow?: BlockedNow };

const remember = (weeks: string[], week: string) => (weeks.includes(week) ? weeks : [...weeks, week].sort().slice(-3));

function standingOf(item: ItemInsight, event: { projectId: string; gateId: string }): GateStanding {
  const found = item.gates.find((g) => g.projectId === event.projectId && g.gateId === event.gateId);
  return found ?? { projectId: event.projectId, gateId: event.gateId, blockedWeeks: [], passedWeeks: [] };
}

function withStanding(item: ItemInsight, standing: GateStanding): ItemInsight {
  const others = item.gates.filter((g) => !(g.projectId === standing.projectId && g.gateId === standing.gateId));
  // An item that met more gates than are kept forgets the ones it met longest ago.
  return { ...item, gates: [...others, standing].slice(-100) };
}

const listedWithout = (list: BlockedNow, itemId: string): BlockedNow => ({ ...list, items: list.items.filter(([id]) => id !== itemId) });

function blockedAttempt(event: AttemptEvent, standing: GateStanding, week: WeekFigures, list: BlockedNow) {
  const thisWeek = isoWeek(event.at);
  let nextWeek: WeekFigures = { ...week, blocked: week.blocked + 1 };
  for (const id of event.failing) nextWeek = { ...nextWeek, blockedBy: withCount(nextWeek.blockedBy, id) };
  let next: GateStanding = standing;
  if (!standing.blockedWeeks.includes(thisWeek)) {
    nextWeek = { ...nextWeek, itemsBlocked: nextWeek.itemsBlocked + 1 };
    next = { ...next, blockedWeeks: remember(standing.blockedWeeks, thisWeek) };
  }
  // An attempt from before the item's last pass (delivered late) counts in its week, not as blocking now.
  if (standing.lastPassedAt !== undefined && event.at < standing.lastPassedAt) return { standing: next, week: nextWeek, list };
  if (standing.blockedSince !== undefined && standing.blockedSince <= event.at) return { standing: next, week: nextWeek, list };
  const listed = standing.blockedSince !== undefined ? standing.listed === true : list.items.length < MAX_LISTED_BLOCKED;
  const nextList: BlockedNow = !listed
    ? { ...list, more: standing.blockedSince === undefined ? list.more + 1 : list.more }
    : { ...listedWithout(list, event.itemId), items: [...listedWithout(list, event.itemId).items, [event.itemId, event.itemKey, event.at]] };
  return { standing: { ...next, blockedSince: event.at, listed }, week: nextWeek, list: nextList };
}

function passingAttempt(event: AttemptEvent, standing: GateStanding, week: WeekFigures, list: BlockedNow) {
  const thisWeek = isoWeek(event.at);
  let nextWeek: WeekFigures = { ...week, passesWithWaiver: week.passesWithWaiver + (event.waived.length > 0 ? 1 : 0) };
  let next: GateStanding = { ...standing, lastPassedAt: Math.max(standing.lastPassedAt ?? event.at, event.at) };
  if (!standing.passedWeeks.includes(thisWeek)) {
    nextWeek = { ...nextWeek, itemsPassed: nextWeek.itemsPassed + 1 };
    next = { ...next, passedWeeks: remember(standing.passedWeeks, thisWeek) };
  }
  if (standing.blockedSince === undefined || event.at < standing.blockedSince) return { standing: next, week: nextWeek, list };
  nextWeek = { ...nextWeek, timeBlocked: withDuration(nextWeek.timeBlocked, event.at - standing.blockedSince) };
  const nextList = standing.listed ? listedWithout(list, event.itemId) : { ...list, more: Math.max(0, list.more - 1) };
  const { blockedSince: _since, listed: _listed, ...cleared } = next;
  return { standing: cleared, week: nextWeek, list: nextList };
}

function applyAttempt(event: AttemptEvent, docs: InsightDocs, item: ItemInsight): Applied {
  const week = { ...(docs.week ?? emptyWeek()) };
  week.attempts += 1;
  const list = docs.blockedNow ?? { items: [], more: 0 };
  const standing = standingOf(item, event);
  const next = event.passed ? passingAttempt(event, standing, week, list) : blockedAttempt(event, standing, week, list);
  return { duplicate: false, item: withStanding(item, next.standing), week: next.week, blockedNow: next.list };
}

function applyWaiver(event: WaiverEvent, docs: InsightDocs, item: ItemInsight): Applied {
  const week = docs.week ?? emptyWeek();
  if (event.kind !== 'waived') return { duplicate: false, item };
  return { duplicate: false, item, week: { ...week, waivers: withCount(week.waivers, event.criterionId) } };
}

/**
 * What one event does to the figures (pure): an event already counted (its id is among the
 * item's latest) changes nothing, so a redelivery is harmless; events may arrive in any order.
 */
export function applyEvent(docs: InsightDocs, event: GateEvent): Applied {
  const before = docs.item ?? { applied: [], gates: [] };
  if (before.applied.includes(event.id)) return { duplicate: true };
  const item: ItemInsight = { ...before, applied: [...before.applied, event.id].slice(-MAX_APPLIED_IDS) };
  if (event.kind === 'attempt') return applyAttempt(event, docs, item);
  if (event.kind === 'verified') return { duplicate: false, item };
  return applyWaiver(event, docs, item);
}
