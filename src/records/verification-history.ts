import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { problemsFromZod, type Parsed } from '../domain/problems';
import { verificationSchema } from '../domain/records/records-schema';

/**
 * Every result QA recorded on a work item's behaviours (`verification-history:{issueId}`, app
 * storage only), oldest first: the records keep only each behaviour's latest result, this keeps
 * the ones before it. Written in the same commit as the records, capped in count and size.
 */
export const historyKey = (issueId: string) => `verification-history:${issueId}`;
export const HISTORY_FORMAT = 'shipshape.verification-history/v1';
export const HISTORY_MAX_ENTRIES = 1000;
export const HISTORY_MAX_BYTES = 200 * 1024;

const entrySchema = verificationSchema.extend({ behaviourId: z.string().min(1).max(64), revision: z.number().int().min(0) });
const historySchema = z.looseObject({ format: z.literal(HISTORY_FORMAT), entries: z.array(entrySchema), dropped: z.number().int().min(0).optional() });

export type HistoryEntry = z.infer<typeof entrySchema>;
/** `dropped` counts the oldest results removed to stay within the caps. */
export interface VerificationHistory {
  entries: HistoryEntry[];
  dropped: number;
}

export const loadHistory = async (store: KeyValueStore, issueId: string): Promise<Parsed<VerificationHistory>> =>
  parseHistory(await store.get(historyKey(issueId)));

export function parseHistory(raw: unknown): Parsed<VerificationHistory> {
  if (raw === undefined || raw === null) return { ok: true, value: { entries: [], dropped: 0 } };
  const parsed = historySchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: { entries: parsed.data.entries, dropped: parsed.data.dropped ?? 0 } }
    : { ok: false, problems: problemsFromZod(parsed.error) };
}

const bytes = (entries: HistoryEntry[]) =>
  new TextEncoder().encode(JSON.stringify({ format: HISTORY_FORMAT, entries, dropped: Number.MAX_SAFE_INTEGER })).byteLength;

/** The history with `entry` appended, the oldest results dropped (and counted) beyond the caps. */
export function withResult(history: VerificationHistory, entry: HistoryEntry): VerificationHistory {
  const all = [...history.entries, entry];
  const kept = all.slice(-HISTORY_MAX_ENTRIES);
  while (kept.length > 1 && bytes(kept) > HISTORY_MAX_BYTES) kept.shift();
  return { entries: kept, dropped: history.dropped + all.length - kept.length };
}

/** The stored value of a history. */
export const historyValue = (history: VerificationHistory) => ({
  format: HISTORY_FORMAT,
  entries: history.entries,
  ...(history.dropped ? { dropped: history.dropped } : {}),
});
