import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { ManualCriterion } from './manual-schema';
import { recordEntry } from '../../records/records-schema';

export const manualRule: CriterionRule<ManualCriterion> = {
  defaultLabel: (c) => `Confirmed by a person: ${c.id}`,
  defaultHint: () => 'Tick this item in the Shipshape panel on the work item once it is true.',
  check(c, { gateRecords }) {
    const tick = recordEntry(gateRecords.ticks, c.id);
    return tick ? pass(`Ticked by ${tick.accountId} at ${tick.at}`) : fail('Not ticked yet');
  },
};
