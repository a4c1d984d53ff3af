import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { ManualCriterion } from './manual-schema';
import { recordEntry } from '../../records/records-schema';

export const manualRule: CriterionRule<ManualCriterion> = {
  defaultLabel: (c, _issue, say) => say('gate.manual.label', { id: c.id }),
  defaultHint: (_c, _issue, say) => say('gate.manual.hint'),
  check(c, { gateRecords, say }) {
    const tick = recordEntry(gateRecords.ticks, c.id);
    return tick ? pass(say('gate.manual.ticked', { who: tick.accountId, at: tick.at })) : fail(say('gate.manual.notTicked'));
  },
};
