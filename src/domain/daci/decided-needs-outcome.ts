import type { Problem } from '../problems';
import type { Say } from '../words/say';
import { hasVisibleText } from '../visible-text/visible-text';
import type { DaciTable } from './daci-schema';

/**
 * A decision marked decided says what was decided: one problem per decided decision whose outcome
 * is blank, at its `outcome`, in `say`'s words. Checked when the table is saved; a table saved
 * before this rule still reads (its decided rows show no outcome).
 */
export function decidedWithoutOutcome(table: Pick<DaciTable, 'decisions'>, say: Say): Problem[] {
  return table.decisions.flatMap((d, i) =>
    d.status === 'decided' && !hasVisibleText(d.outcome ?? '') ? [{ path: `decisions[${i}].outcome`, message: say('daci.config.outcomeNeeded') }] : [],
  );
}
