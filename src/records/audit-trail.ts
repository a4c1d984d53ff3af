import * as z from 'zod';
import type { KeyValueStore } from '../ports/key-value-store';
import { problemsFromZod, type Parsed } from '../domain/problems';

/**
 * The audit trail of a work item's records (`audit:{issueId}`, app storage only): one entry per
 * write through the app, oldest first, capped in count and in size so it always fits a value.
 */
export const auditKey = (issueId: string) => `audit:${issueId}`;
export const AUDIT_FORMAT = 'shipshape.audit/v1';
export const AUDIT_MAX_ENTRIES = 200;
export const AUDIT_MAX_BYTES = 200 * 1024;
const SUMMARY_CHARACTERS = 300;

/** `bug-done` / `bug-reopened`: Jira moved a bug QA filed into or out of done (the trigger writes these). */
export const AUDIT_ACTIONS = [
  'save-handoff',
  'tick',
  'untick',
  'verify',
  'bug',
  'bug-done',
  'bug-reopened',
  'approve',
  'revoke-approval',
  'waive',
  'revoke-waiver',
] as const;
/** The entry's person when Jira's event does not say who acted (an automation, say): shown as an unknown person. */
export const UNKNOWN_ACTOR = 'unknown';
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const entrySchema = z.looseObject({
  at: z.iso.datetime({ offset: true }),
  accountId: z.string().min(1),
  action: z.enum(AUDIT_ACTIONS),
  /** What was acted on: `gate/criterion`, a behaviour id, or `handoff`. */
  target: z.string(),
  before: z.string(),
  after: z.string(),
  /** The records' revision this write produced. */
  revision: z.number().int().min(0),
});
const trailSchema = z.looseObject({ format: z.literal(AUDIT_FORMAT), entries: z.array(entrySchema), dropped: z.number().int().min(0).optional() });

export type AuditEntry = z.infer<typeof entrySchema>;
/** The trail as stored: `dropped` counts the oldest entries removed to stay within the caps, so a reader knows it is not the whole story. */
export interface AuditTrail {
  entries: AuditEntry[];
  dropped: number;
}

export const loadAudit = async (store: KeyValueStore, issueId: string): Promise<Parsed<AuditTrail>> => parseAudit(await store.get(auditKey(issueId)));

export function parseAudit(raw: unknown): Parsed<AuditTrail> {
  if (raw === undefined || raw === null) return { ok: true, value: { entries: [], dropped: 0 } };
  const parsed = trailSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: { entries: parsed.data.entries, dropped: parsed.data.dropped ?? 0 } }
    : { ok: false, problems: problemsFromZod(parsed.error) };
}

const clip = (text: string) => (text.length <= SUMMARY_CHARACTERS ? text : `${text.slice(0, SUMMARY_CHARACTERS - 1)}…`);

/** The trail with `entry` appended, the oldest entries dropped (and counted) beyond the count or size cap. */
export function appended(trail: AuditTrail, entry: AuditEntry): AuditTrail {
  const all = [...trail.entries, { ...entry, before: clip(entry.before), after: clip(entry.after) }];
  const next = all.slice(-AUDIT_MAX_ENTRIES);
  const bytes = (list: AuditEntry[]) =>
    new TextEncoder().encode(JSON.stringify({ format: AUDIT_FORMAT, entries: list, dropped: Number.MAX_SAFE_INTEGER })).byteLength;
  while (next.length > 1 && bytes(next) > AUDIT_MAX_BYTES) next.shift();
  return { entries: next, dropped: trail.dropped + all.length - next.length };
}

/** The stored value of a trail. */
export const auditValue = (trail: AuditTrail) => ({ format: AUDIT_FORMAT, entries: trail.entries, ...(trail.dropped ? { dropped: trail.dropped } : {}) });
