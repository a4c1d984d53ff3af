import { csvLine } from './csv';
import { gateEventSchema, type GateEvent } from './gate-event';
import { isoWeek } from './iso-week';

/** The columns of the events export, one row an event (docs/insights.md). */
export const EVENT_COLUMNS = [
  'at',
  'week',
  'kind',
  'gate',
  'item',
  'item_id',
  'by',
  'from_status',
  'to_status',
  'passed',
  'failing',
  'waived',
  'criterion',
  'behaviour',
  'result',
  'event_id',
] as const;

export const eventsCsvHeader = (): string => csvLine(EVENT_COLUMNS);

export function eventCsvLine(event: GateEvent): string {
  const attempt = event.kind === 'attempt' ? event : undefined;
  return csvLine([
    new Date(event.at).toISOString(),
    isoWeek(event.at),
    event.kind,
    event.kind === 'verified' ? '' : event.gateId,
    event.itemKey,
    event.itemId,
    event.by,
    attempt?.from,
    attempt?.to,
    attempt ? attempt.passed : undefined,
    attempt?.failing.join(';'),
    attempt?.waived.join(';'),
    event.kind === 'waived' || event.kind === 'waiver-revoked' ? event.criterionId : undefined,
    event.kind === 'verified' ? event.behaviourId : undefined,
    event.kind === 'verified' ? event.status : undefined,
    event.id,
  ]);
}

export type EventRow = { ok: true; event: GateEvent } | { ok: false; line: number; message: string };

const list = (text: string | undefined) => (text ? text.split(';') : []);

/** An events export's row back as an event, through the event schema (`projectId` is not in the file: the caller names it). */
export function eventOfRow(cells: readonly string[], line: number, projectId: string): EventRow {
  // csvField guarded text a spreadsheet would run as a formula with an apostrophe: taken off again.
  const at = (name: (typeof EVENT_COLUMNS)[number]) => cells[EVENT_COLUMNS.indexOf(name)]?.replace(/^'(?=[=+\-@\t\r])/, '') || undefined;
  const kind = at('kind');
  const common = {
    id: at('event_id'),
    at: Date.parse(at('at') ?? ''),
    projectId,
    itemId: at('item_id'),
    itemKey: at('item'),
    ...(at('by') ? { by: at('by') } : {}),
  };
  const candidate =
    kind === 'attempt'
      ? {
          ...common,
          kind,
          gateId: at('gate'),
          ...(at('from_status') ? { from: at('from_status') } : {}),
          ...(at('to_status') ? { to: at('to_status') } : {}),
          passed: at('passed') === 'true',
          failing: list(at('failing')),
          waived: list(at('waived')),
        }
      : kind === 'verified'
        ? { ...common, kind, behaviourId: at('behaviour'), status: at('result') }
        : { ...common, kind, gateId: at('gate'), criterionId: at('criterion') };
  const parsed = gateEventSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, event: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` };
}
