import * as z from 'zod';
import { principalsMatch } from '../domain/gates/principals';
import { withWaiver } from '../domain/records/record-edits';
import { recordEntry, type ItemRecords } from '../domain/records/records-schema';
import { failure, type Envelope } from './envelope';
import { findCriterion } from './find-criterion';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { criterionTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { writeRecords } from './write-records';

export const revokeWaiverPayload = z.strictObject(criterionTarget);
export type RevokeWaiverPayload = z.infer<typeof revokeWaiverPayload>;

/** `revokeWaiver`: removes a waiver. Allowed to the person who waived and to anyone who may waive the criterion now. */
export async function revokeWaiver(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, revokeWaiverPayload);
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const found = findCriterion(item, input.gateId, input.criterionId);
  if (!found.ok) return found;
  const { criterion } = found;
  const waiverOf = (records: ItemRecords) => recordEntry(recordEntry(records.gates, input.gateId)?.waivers, input.criterionId);
  const authorize = (records: ItemRecords) => {
    const waiver = waiverOf(records);
    if (!waiver) return failure('NOT_FOUND', item.say('errors.notWaived')).error;
    if (waiver.accountId === item.actor.accountId || principalsMatch(criterion.waivableBy, item.actor)) return undefined;
    return failure('FORBIDDEN', item.say('errors.revokeWaiver')).error;
  };
  return writeRecords(
    deps,
    item,
    input.revision,
    (records) => {
      const waiver = waiverOf(records);
      if (!waiver) return failure('NOT_FOUND', item.say('errors.notWaived'));
      return {
        ok: true,
        records: withWaiver(records, input.gateId, input.criterionId, undefined),
        audit: {
          action: 'revoke-waiver',
          target: `${input.gateId}/${input.criterionId}`,
          before: `waived by ${waiver.accountId}: ${waiver.reason}`,
          after: 'not waived',
        },
      };
    },
    authorize,
  );
}
