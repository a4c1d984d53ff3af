import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { problemsFromZod, type Parsed } from '../domain/problems';
import { historyKeyOf, type GateSetTarget } from './gate-set-target';
import type { ChangeWords } from '../domain/gates/change-words';
import { changeWordsSchema } from '../domain/gates/change-words-schema';

export const HISTORY_FORMAT = 'shipshape.gate-history/v1';
export const HISTORY_MAX_ENTRIES = 100;
/** Well inside Forge's 240 KiB a value: 100 entries of long non-Latin summaries would not be. */
export const HISTORY_MAX_BYTES = 200 * 1024;
const SUMMARY_CHARACTERS = 500;

const entrySchema = z.looseObject({
  at: z.iso.datetime({ offset: true }),
  accountId: z.string().min(1),
  action: z.enum(['create-gate', 'update-gate', 'delete-gate', 'reorder-gates', 'import-merge', 'import-replace']),
  target: z.string(),
  before: z.string(),
  after: z.string(),
  said: z.strictObject({ before: changeWordsSchema, after: changeWordsSchema }).optional(),
  revision: z.number().int().min(1),
});
const historySchema = z.looseObject({
  format: z.literal(HISTORY_FORMAT),
  revision: z.number().int().min(0),
  entries: z.array(entrySchema),
  dropped: z.number().int().min(0).optional(),
});

export type HistoryAction = z.infer<typeof entrySchema>['action'];
export interface HistoryEntry {
  at: string;
  accountId: string;
  action: HistoryAction;
  target: string;
  before: string;
  after: string;
  /** The two sides in words a screen says in its language (absent before they were kept, and for a reorder). */
  said?: { before: ChangeWords; after: ChangeWords };
  revision: number;
}
export type NewHistoryEntry = Omit<HistoryEntry, 'revision'>;
export interface GateHistory {
  /** Goes up by one with every saved change; a save naming an older one is refused. */
  revision: number;
  /** Oldest first. */
  entries: HistoryEntry[];
  /** How many of the oldest entries were removed to stay within the caps (absent: none). */
  dropped?: number;
}

export const loadHistory = async (store: KeyValueStore, target: GateSetTarget): Promise<Parsed<GateHistory>> =>
  parseHistory(await store.get(historyKeyOf(target)));

export function parseHistory(raw: unknown): Parsed<GateHistory> {
  if (raw === undefined || raw === null) return { ok: true, value: { revision: 0, entries: [] } };
  const parsed = historySchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: { revision: parsed.data.revision, entries: parsed.data.entries, ...(parsed.data.dropped ? { dropped: parsed.data.dropped } : {}) } }
    : { ok: false, problems: problemsFromZod(parsed.error) };
}

const clip = (text: string) => (text.length <= SUMMARY_CHARACTERS ? text : `${text.slice(0, SUMMARY_CHARACTERS - 1)}…`);

/** The history after one save: `entries` appended under the next revision, the oldest dropped (and counted) past the count or byte cap. */
export function nextHistory(history: GateHistory, entries: NewHistoryEntry[]): GateHistory {
  const revision = history.revision + 1;
  const added = entries.map((e): HistoryEntry => ({ ...e, before: clip(e.before), after: clip(e.after), revision }));
  const all = [...history.entries, ...added];
  const kept = all.slice(-HISTORY_MAX_ENTRIES);
  const bytes = () => new TextEncoder().encode(JSON.stringify(historyValue({ revision, entries: kept, dropped: Number.MAX_SAFE_INTEGER }))).byteLength;
  while (kept.length > 1 && bytes() > HISTORY_MAX_BYTES) kept.shift();
  const dropped = (history.dropped ?? 0) + all.length - kept.length;
  return { revision, entries: kept, ...(dropped ? { dropped } : {}) };
}

/** The stored value of a history. */
export const historyValue = (history: GateHistory) => ({ format: HISTORY_FORMAT, ...history });
