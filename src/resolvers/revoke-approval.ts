import * as z from 'zod';
import { approvalsOf, withoutApprovalsBy } from '../domain/records/record-edits';
import type { ItemRecords } from '../domain/records/records-schema';
import { failure, type Envelope } from './envelope';
import { findCriterion } from './find-criterion';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { criterionTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { writeRecords } from './write-records';

export const revokeApprovalPayload = z.strictObject(criterionTarget);
export type RevokeApprovalPayload = z.infer<typeof revokeApprovalPayload>;

/** `revokeApproval`: withdraws the caller's own approval; nobody can withdraw another person's. */
export async function revokeApproval(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, revokeApprovalPayload);
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const found = findCriterion(item, input.gateId, input.criterionId, 'approval');
  if (!found.ok) return found;
  const me = item.actor.accountId;
  const authorize = (records: ItemRecords) => {
    const approvals = approvalsOf(records, input.gateId, input.criterionId);
    if (approvals.length === 0) return failure('NOT_FOUND', item.say('errors.noApproval')).error;
    return approvals.some((a) => a.accountId === me) ? undefined : failure('FORBIDDEN', item.say('errors.ownApprovalOnly')).error;
  };
  return writeRecords(
    deps,
    item,
    input.revision,
    (records, stamp) => {
      const before = approvalsOf(records, input.gateId, input.criterionId);
      return {
        ok: true,
        records: withoutApprovalsBy(records, input.gateId, input.criterionId, stamp.accountId),
        audit: {
          action: 'revoke-approval',
          target: `${input.gateId}/${input.criterionId}`,
          before: `${before.length} approval(s)`,
          after: `${before.length - 1} approval(s)`,
        },
      };
    },
    authorize,
  );
}
