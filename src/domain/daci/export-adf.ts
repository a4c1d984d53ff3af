import type { DaciTable, Decision } from './daci-schema';
import { IMPACT_LABELS, SIGN_OFF_LABELS, STATUS_LABELS } from './decision-labels';
import { isOverdue } from './overdue';
import { latestSignOff, signOffState, type SignOffsDoc } from './sign-off';
import { ownEntry } from '../own-entry';

/** An ADF node, loosely typed: the export test validates the output against the ADF JSON schema. */
export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: { type: string }[];
}

export interface ExportInput {
  table: DaciTable;
  /** Undefined when the export cannot tell which placement it is: sign-offs then say so rather than look missing. */
  signOffs: SignOffsDoc | undefined;
  /** accountId → display name; unknown people are shown by a placeholder, never by raw HTML. */
  names: Readonly<Record<string, string>>;
  /** YYYY-MM-DD, for marking overdue decisions. */
  today: string;
}

const EMPTY = '—';

/** User text only ever becomes a text node's `text`, so HTML or script in it stays inert. */
const text = (value: string, strong = false): AdfNode => ({
  type: 'text',
  text: value === '' ? EMPTY : value,
  ...(strong ? { marks: [{ type: 'strong' }] } : {}),
});
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const cell = (type: 'tableCell' | 'tableHeader', ...paragraphs: AdfNode[]): AdfNode => ({ type, attrs: {}, content: paragraphs });
const textCell = (value: string) => cell('tableCell', paragraph(text(value)));

export const EXPORT_COLUMNS = ['Decision', 'Status', 'Impact', 'Driver', 'Approver', 'Contributors', 'Informed', 'Due', 'Outcome', 'Sign-off'] as const;

function row(decision: Decision, input: ExportInput): AdfNode {
  const name = (id: string) => ownEntry(input.names, id) ?? 'Unknown person';
  const names = (ids: string[]) => ids.map(name).join(', ');
  const signOff = input.signOffs && latestSignOff(input.signOffs, decision.id);
  const state = signOffState(decision, signOff);
  const signOffText = !input.signOffs
    ? 'See the page for sign-offs'
    : signOff && state !== 'none'
      ? `${SIGN_OFF_LABELS[state]} by ${name(signOff.accountId)} on ${signOff.at.slice(0, 10)} (page version ${signOff.pageVersion})`
      : SIGN_OFF_LABELS.none;
  const due = decision.due === undefined ? '' : isOverdue(decision, input.today) ? `${decision.due} (overdue)` : decision.due;
  const titleParagraphs = [paragraph(text(decision.title, true))];
  if (decision.jiraKeys.length > 0) titleParagraphs.push(paragraph(text(`Work items: ${decision.jiraKeys.join(', ')}`)));
  for (const item of decision.actionItems) {
    const by = [item.owner ? name(item.owner) : undefined, item.due].filter(Boolean).join(', ');
    titleParagraphs.push(paragraph(text(`${item.done ? '☑' : '☐'} ${item.text}${by ? ` (${by})` : ''}`)));
  }
  return {
    type: 'tableRow',
    content: [
      cell('tableCell', ...titleParagraphs),
      textCell(STATUS_LABELS[decision.status]),
      textCell(IMPACT_LABELS[decision.impact]),
      textCell(name(decision.driver)),
      textCell(name(decision.approver)),
      textCell(names(decision.contributors)),
      textCell(names(decision.informed)),
      textCell(due),
      textCell(decision.outcome),
      textCell(signOffText),
    ],
  };
}

/** The decision table as an ADF document for PDF and Word export: statuses, names and sign-offs as plain text. */
export function exportAdf(input: ExportInput): AdfNode & { version: 1 } {
  const header: AdfNode = { type: 'tableRow', content: EXPORT_COLUMNS.map((c) => cell('tableHeader', paragraph(text(c, true)))) };
  const body: AdfNode[] =
    input.table.decisions.length === 0
      ? [paragraph(text('No decisions yet.'))]
      : [{ type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: [header, ...input.table.decisions.map((d) => row(d, input))] }];
  return { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 3 }, content: [text(input.table.title)] }, ...body] };
}

/** What export shows when the stored table cannot be read: a readable message rather than nothing. */
export function exportProblemAdf(message: string): AdfNode & { version: 1 } {
  return { type: 'doc', version: 1, content: [paragraph(text(message))] };
}
