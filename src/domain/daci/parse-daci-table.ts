import { daciTableSchema, type DaciTable } from './daci-schema';
import { DACI_LIMITS } from './daci-limits';
import { duplicateDecisionIdProblems } from './duplicate-decision-ids';
import { type Parsed, type Problem, problem, problemsFromZod } from '../problems';

export function parseDaciTable(input: unknown): Parsed<DaciTable> {
  const result = daciTableSchema.safeParse(input);
  const problems: Problem[] = [...(result.success ? [] : problemsFromZod(result.error)), ...duplicateDecisionIdProblems(input)];
  return result.success && problems.length === 0 ? { ok: true, value: result.data } : { ok: false, problems };
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** The table as stored in the macro's `table` parameter: JSON text, checked for size before parsing. */
export function parseDaciTableText(text: string): Parsed<DaciTable> {
  const bytes = utf8Bytes(text);
  if (bytes > DACI_LIMITS.tableBytes) {
    return {
      ok: false,
      problems: [problem('(root)', 'problems.tableTooLarge', { size: Math.ceil(bytes / 1024), limit: DACI_LIMITS.tableBytes / 1024 })],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem('(root)', 'problems.notJson', { detail: (error as Error).message })] };
  }
  return parseDaciTable(json);
}
