import * as z from 'zod';
import { describePrincipals, principalsMatch } from '../domain/gates/principals';
import { approvalsOf, withApproval } from '../domain/records/record-edits';
import { RECORD_LIMITS, textLimitProblem } from '../domain/records/records-limits';
import { tooLongFailure } from './too-long-failure';
import { failure, type Envelope } from './envelope';
import { findCriterion } from './find-criterion';
import { membershipsFor } from './caller-memberships';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { criterionTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { unchanged, writeRecords } from './write-records';

export const approvePayload = z.strictObject({ ...criterionTarget, comment: z.string().optional() });
export type ApprovePayload = z.infer<typeof approvePayload>;

/**
 * `approve`: the caller signs off an approval criterion. Needs to match its `approvers` by the
 * memberships the app confirmed with Jira, which are recorded with the approval. Approving twice
 * changes nothing.
 */
export async function approve(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, approvePayload);
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const found = findCriterion(item, input.gateId, input.criterionId, 'approval');
  if (!found.ok) return found;
  const { criterion } = found;
  if (criterion.kind !== 'approval' || !principalsMatch(criterion.approvers, item.actor)) {
    const who = criterion.kind === 'approval' ? describePrincipals(criterion.approvers, item.say) : item.say('gate.who.nobody');
    return failure('FORBIDDEN', item.say('errors.onlyApprove', { who, check: criterion.label ?? criterion.id }));
  }
  const tooLong = textLimitProblem('comment', input.comment, RECORD_LIMITS.noteCharacters);
  if (tooLong.length) return tooLongFailure(tooLong, item.say);
  return writeRecords(deps, item, input.revision, (records, stamp) => {
    const before = approvalsOf(records, input.gateId, input.criterionId);
    if (before.some((a) => a.accountId === stamp.accountId)) return unchanged(records);
    const approval = { ...stamp, ...(input.comment ? { comment: input.comment } : {}), ...membershipsFor(item.actor, criterion.approvers) };
    return {
      ok: true,
      records: withApproval(records, input.gateId, input.criterionId, approval),
      audit: {
        action: 'approve',
        target: `${input.gateId}/${input.criterionId}`,
        before: `${before.length} approval(s)`,
        after: `${before.length + 1} approval(s)${input.comment ? `: ${input.comment}` : ''}`,
      },
    };
  });
}
