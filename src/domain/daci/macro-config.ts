import type { DaciTable } from './daci-schema';
import { parseDaciTableText } from './parse-daci-table';
import { type Problem, problem } from '../problems';

/** The macro parameter that holds the table as JSON text (Confluence stores macro parameters as strings). */
export const TABLE_PARAMETER = 'table';

export type MacroTable = { state: 'empty' } | { state: 'invalid'; problems: Problem[] } | { state: 'ready'; table: DaciTable };

/** The table in a macro's `extension.config`: empty before the first save, else parsed with every problem listed. */
export function tableFromMacroConfig(config: unknown): MacroTable {
  const raw = typeof config === 'object' && config !== null ? (config as Record<string, unknown>)[TABLE_PARAMETER] : undefined;
  if (raw === undefined || raw === null || raw === '') return { state: 'empty' };
  if (typeof raw !== 'string') {
    return { state: 'invalid', problems: [problem(TABLE_PARAMETER, 'problems.notJsonText')] };
  }
  const parsed = parseDaciTableText(raw);
  return parsed.ok ? { state: 'ready', table: parsed.value } : { state: 'invalid', problems: parsed.problems };
}

/** What the config modal submits: `view.submit({ config: macroConfigOf(table) })`. */
export const macroConfigOf = (table: DaciTable): Record<string, string> => ({ [TABLE_PARAMETER]: JSON.stringify(table) });
