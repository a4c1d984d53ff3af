import type { RichText } from '../rich-text/rich-text';
import { storedText } from '../rich-text/stored-text';
import type { Handoff, ItemRecords } from './records-schema';
import { assign } from './assign-key';

/** A behaviour or risk area as the panel sends it: without an id when it is new. */
export interface HandoffEntryInput {
  id?: string | undefined;
  text: string;
  /** The text with its formatting; the stored plain text is then derived from it. */
  adf?: RichText | undefined;
}
export interface HandoffInput {
  summary?: string | undefined;
  summaryAdf?: RichText | undefined;
  expectedBehaviours?: HandoffEntryInput[] | undefined;
  riskAreas?: Array<HandoffEntryInput & { severity: 'high' | 'medium' | 'low' }> | undefined;
  testData?: string | undefined;
  testDataAdf?: RichText | undefined;
  releaseNotes?: string | undefined;
  releaseNotesAdf?: RichText | undefined;
}

const SECTIONS = ['summary', 'testData', 'releaseNotes'] as const;
const adfKey = (section: (typeof SECTIONS)[number]) => `${section}Adf` as const;

/**
 * The input as it will be stored: every text with formatting gets its plain text from the
 * formatting (so limits and checks read what will be saved); formatting without any is dropped.
 */
export function storedHandoffInput(input: HandoffInput): HandoffInput {
  const out: HandoffInput = { ...input };
  for (const key of SECTIONS) {
    const adf = input[adfKey(key)];
    delete out[adfKey(key)];
    if (input[key] === undefined && adf === undefined) continue;
    const stored = storedText(input[key] ?? '', adf);
    out[key] = stored.text;
    if (stored.adf) out[adfKey(key)] = stored.adf;
  }
  const entry = <T extends HandoffEntryInput>({ adf, ...rest }: T): T => {
    const stored = storedText(rest.text, adf);
    return { ...rest, text: stored.text, ...(stored.adf ? { adf: stored.adf } : {}) } as T;
  };
  if (input.expectedBehaviours) out.expectedBehaviours = input.expectedBehaviours.map(entry);
  if (input.riskAreas) out.riskAreas = input.riskAreas.map(entry);
  return out;
}

/** Gives new entries the next free id `<prefix><n>`, never reusing one in `taken`. */
function withIds<T extends HandoffEntryInput>(entries: T[], prefix: string, taken: Iterable<string>): Array<T & { id: string }> {
  const numberOf = (id: string) => (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)) ? Number(id.slice(prefix.length)) : 0);
  let next = Math.max(0, ...[...taken, ...entries.map((e) => e.id ?? '')].map(numberOf)) + 1;
  return entries.map((entry) => ({ ...entry, id: entry.id ?? `${prefix}${next++}` }));
}

/**
 * Replaces the sections the input names and keeps the others (`input` as storedHandoffInput gives it). Verifications of behaviours that
 * are no longer in the package are dropped, so removed behaviours cannot grow the records.
 */
export function withHandoff(records: ItemRecords, input: HandoffInput): ItemRecords {
  const old: Handoff = records.handoff ?? {};
  const handoff: Handoff = { ...old };
  // A section sent replaces its text and its formatting (sent as plain text, it has none).
  for (const key of SECTIONS) {
    if (input[key] === undefined) continue;
    handoff[key] = input[key];
    const adf = input[adfKey(key)];
    if (adf) handoff[adfKey(key)] = adf;
    else delete handoff[adfKey(key)];
  }
  const formatted = (adf: RichText | undefined) => (adf ? { adf } : {});
  if (input.expectedBehaviours) {
    const taken = [...(old.expectedBehaviours ?? []).map((b) => b.id), ...Object.keys(records.verifications ?? {})];
    handoff.expectedBehaviours = withIds(input.expectedBehaviours, 'b', taken).map(({ id, text, adf }) => ({ id, text, ...formatted(adf) }));
  }
  if (input.riskAreas) {
    handoff.riskAreas = withIds(
      input.riskAreas,
      'r',
      (old.riskAreas ?? []).map((r) => r.id),
    ).map(({ id, text, adf, severity }) => ({ id, text, ...formatted(adf), severity }));
  }
  const ids = new Set((handoff.expectedBehaviours ?? []).map((b) => b.id));
  const verifications = Object.fromEntries(Object.entries(records.verifications ?? {}).filter(([id]) => ids.has(id)));
  return assign(assign(records, 'handoff', handoff), 'verifications', Object.keys(verifications).length ? verifications : undefined);
}
