import type { Problem } from '../problems';
import type { Say } from '../words/say';
import type { DaciTable } from './daci-schema';

/** The linked work items of a table, each once, in table order: what the settings ask Jira about. */
export const linkedKeysOf = (table: Pick<DaciTable, 'decisions'>): string[] => [...new Set(table.decisions.flatMap((d) => d.jiraKeys))];

/** A problem on each decision that links a work item Jira does not have (or the editor may not see). */
export function missingItemProblems(table: Pick<DaciTable, 'decisions'>, missing: readonly string[], say: Say): Problem[] {
  const gone = new Set(missing);
  return table.decisions.flatMap((d, i) =>
    d.jiraKeys.filter((key) => gone.has(key)).map((key) => ({ path: `decisions[${i}].jiraKeys`, message: say('daci.config.itemMissing', { key }) })),
  );
}
