import { daciTableSchema, type DaciTable } from './daci-schema';
import { DACI_LIMITS } from './daci-limits';
import { duplicateDecisionIdProblems } from './duplicate-decision-ids';
import { problemsFromZod, type Parsed, type Problem } from '../problems';

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
      problems: [{ path: '(root)', message: `the table is too large (${Math.ceil(bytes / 1024)} KB; at most ${DACI_LIMITS.tableBytes / 1024} KB)` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseDaciTable(json);
}
