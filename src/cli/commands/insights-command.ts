import { parseCsv } from '../../domain/insights/csv';
import { EVENT_COLUMNS, eventOfRow } from '../../domain/insights/events-csv';
import { figuresOfEvents } from '../../domain/insights/fold-events';
import type { GateEvent } from '../../domain/insights/gate-event';
import { UsageError, type CliIo } from '../cli-io';
import { requireOption, type ParsedArgs } from '../parse-cli-args';

const hours = (ms: number | undefined) => (ms === undefined ? null : Math.round((ms / 3_600_000) * 10) / 10);

/**
 * `insights --events FILE --gate ID`: a gate's figures from an events export, worked out with the
 * app's own counting rules, in the page's terms (durations in hours). Every bad row is named by line.
 */
export async function insightsCommand(args: ParsedArgs, io: CliIo) {
  const path = requireOption(args, 'events');
  const gateId = requireOption(args, 'gate');
  const [header, ...rows] = parseCsv(await io.readFile(path));
  if (!header || header.join(',') !== EVENT_COLUMNS.join(','))
    throw new UsageError(`${path}: not a Shipshape events export (its first line must be ${EVENT_COLUMNS.join(',')})`);
  const events: GateEvent[] = [];
  const problems: string[] = [];
  rows.forEach((cells, i) => {
    const row = eventOfRow(cells, i + 2, '0');
    if (row.ok) events.push(row.event);
    else problems.push(`line ${row.line}: ${row.message}`);
  });
  if (problems.length) throw new UsageError(`${path}: ${problems.length} row(s) do not read as events`, problems.slice(0, 20));
  const figures = figuresOfEvents(events, gateId, io.clock.now());
  const { histogram: _histogram, ...timeBlocked } = figures.timeBlocked;
  return {
    gate: gateId,
    events: events.length,
    weeks: figures.weeks,
    attempts: figures.attempts,
    blocked: figures.blocked,
    waiverRate: figures.waiverRate,
    criteria: figures.criteria,
    timeBlockedHours: { items: timeBlocked.items, p50: hours(timeBlocked.p50), p85: hours(timeBlocked.p85), p95: hours(timeBlocked.p95) },
    blockedNow: figures.blockedNow.items.map((i) => ({ item: i.itemKey, since: new Date(i.since).toISOString(), waitedHours: hours(i.waited) })),
    blockedNowMore: figures.blockedNow.more,
  };
}
