import type { Problem } from '../problems';
import { HANDOFF_SECTION_TITLES } from '../handoff/handoff-sections';
import type { ItemRecords } from './records-schema';
import { RECORD_LIMITS } from './record-limit-values';

export { RECORD_LIMITS };

/** 10240 → "10,240", whatever the server's locale. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A problem when `text` is longer than `limit`, naming the field as people know it. */
export function textLimitProblem(path: string, title: string, text: string | undefined, limit: number): Problem[] {
  const length = text?.length ?? 0;
  if (length <= limit) return [];
  return [{ path, message: `${title} is ${thousands(length)} characters; the limit is ${thousands(limit)}` }];
}

function listProblems(path: string, title: string, entryTitle: string, items: Array<{ text: string }> | undefined, max: number): Problem[] {
  if (!items) return [];
  const count = items.length > max ? [{ path, message: `${title} has ${thousands(items.length)} entries; the limit is ${thousands(max)}` }] : [];
  const texts = items.flatMap((item, i) => textLimitProblem(`${path}[${i}].text`, `${entryTitle} ${i + 1}`, item.text, RECORD_LIMITS.entryCharacters));
  return [...count, ...texts];
}

/** The parts of a handoff package the limits look at (stored, or as the panel sends it). */
export interface HandoffTexts {
  summary?: string | undefined;
  expectedBehaviours?: Array<{ text: string }> | undefined;
  riskAreas?: Array<{ text: string }> | undefined;
  testData?: string | undefined;
  releaseNotes?: string | undefined;
}

/** Every section of a handoff package that is over its limit, by path. */
export function handoffLimitProblems(handoff: HandoffTexts, base = 'handoff'): Problem[] {
  const section = (key: 'summary' | 'testData' | 'releaseNotes') =>
    textLimitProblem(`${base}.${key}`, HANDOFF_SECTION_TITLES[key], handoff[key], RECORD_LIMITS.sectionCharacters);
  return [
    ...section('summary'),
    ...listProblems(
      `${base}.expectedBehaviours`,
      HANDOFF_SECTION_TITLES.expectedBehaviours,
      'Expected behaviour',
      handoff.expectedBehaviours,
      RECORD_LIMITS.behaviours,
    ),
    ...listProblems(`${base}.riskAreas`, HANDOFF_SECTION_TITLES.riskAreas, 'Risk area', handoff.riskAreas, RECORD_LIMITS.riskAreas),
    ...section('testData'),
    ...section('releaseNotes'),
  ];
}

/** Size of the records as stored: UTF-8 bytes of their JSON. */
export const recordBytes = (records: ItemRecords) => new TextEncoder().encode(JSON.stringify(records)).byteLength;

const kib = (bytes: number) => `${thousands(Math.ceil(bytes / 1024))} KB`;

/** A problem when the whole record set would be larger than the app stores for one work item. */
export function recordSizeProblem(records: ItemRecords): Problem | undefined {
  const bytes = recordBytes(records);
  if (bytes <= RECORD_LIMITS.recordBytes) return undefined;
  return {
    path: '(records)',
    message:
      `This work item's Shipshape records would be ${kib(bytes)}; the limit is ${kib(RECORD_LIMITS.recordBytes)}. ` +
      'Shorten the longest sections of the handoff package, then save again.',
  };
}
