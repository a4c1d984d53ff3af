import { problem, type Problem } from '../problems';
import type { ItemRecords } from './records-schema';
import { RECORD_LIMITS } from './record-limit-values';

export { RECORD_LIMITS };

/** A problem when `text` is longer than `limit` (the screen names the field from the path). */
export function textLimitProblem(path: string, text: string | undefined, limit: number): Problem[] {
  const length = text?.length ?? 0;
  return length <= limit ? [] : [problem(path, 'problems.textTooLong', { length, limit })];
}

function listProblems(path: string, items: Array<{ text: string }> | undefined, max: number): Problem[] {
  if (!items) return [];
  const count = items.length > max ? [problem(path, 'problems.tooManyEntries', { count: items.length, limit: max })] : [];
  const texts = items.flatMap((item, i) => textLimitProblem(`${path}[${i}].text`, item.text, RECORD_LIMITS.entryCharacters));
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
  const section = (key: 'summary' | 'testData' | 'releaseNotes') => textLimitProblem(`${base}.${key}`, handoff[key], RECORD_LIMITS.sectionCharacters);
  return [
    ...section('summary'),
    ...listProblems(`${base}.expectedBehaviours`, handoff.expectedBehaviours, RECORD_LIMITS.behaviours),
    ...listProblems(`${base}.riskAreas`, handoff.riskAreas, RECORD_LIMITS.riskAreas),
    ...section('testData'),
    ...section('releaseNotes'),
  ];
}

/** Size of the records as stored: UTF-8 bytes of their JSON. */
export const recordBytes = (records: ItemRecords) => new TextEncoder().encode(JSON.stringify(records)).byteLength;

/** A problem when the whole record set would be larger than the app stores for one work item. */
export function recordSizeProblem(records: ItemRecords): Problem | undefined {
  const bytes = recordBytes(records);
  if (bytes <= RECORD_LIMITS.recordBytes) return undefined;
  return problem('(records)', 'problems.recordsTooLarge', { size: Math.ceil(bytes / 1024), limit: Math.ceil(RECORD_LIMITS.recordBytes / 1024) });
}
