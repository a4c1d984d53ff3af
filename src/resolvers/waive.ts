import * as z from 'zod';
import { describePrincipals, principalsMatch } from '../domain/gates/principals';
import { withWaiver } from '../domain/records/record-edits';
import { RECORD_LIMITS, textLimitProblem } from '../domain/records/records-limits';
import { recordEntry } from '../domain/records/records-schema';
import { tooLongFailure } from './too-long-failure';
import { failure, type Envelope } from './envelope';
import { findCriterion } from './find-criterion';
import { membershipsFor } from './caller-memberships';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { criterionTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { writeRecords } from './write-records';
import { hasVisibleText } from '../domain/visible-text/visible-text';
import { problem } from '../domain/problems';

export const waivePayload = z.strictObject({ ...criterionTarget, reason: z.string() });
export type WaivePayload = z.infer<typeof waivePayload>;

/**
 * `waive`: sets a criterion aside for this item with a written reason. Needs to match the
 * criterion's `waivableBy`; the confirmed memberships are recorded with the waiver. Replaces an
 * earlier waiver of the same criterion.
 */
export async function waive(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, waivePayload);
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const found = findCriterion(item, input.gateId, input.criterionId);
  if (!found.ok) return found;
  const { criterion } = found;
  const label = criterion.label ?? criterion.id;
  if (!criterion.waivableBy) return failure('FORBIDDEN', item.say('errors.notWaivable', { check: label }));
  if (!principalsMatch(criterion.waivableBy, item.actor))
    return failure('FORBIDDEN', item.say('errors.onlyWaive', { who: describePrincipals(criterion.waivableBy, item.say), check: label }));
  if (!hasVisibleText(input.reason)) return failure('BAD_INPUT', item.say('errors.waiveReason'), [problem('reason', 'problems.blank')]);
  const tooLong = textLimitProblem('reason', input.reason, RECORD_LIMITS.noteCharacters);
  if (tooLong.length) return tooLongFailure(tooLong, item.say);
  return writeRecords(deps, item, input.revision, (records, stamp) => {
    const before = recordEntry(recordEntry(records.gates, input.gateId)?.waivers, input.criterionId);
    const waiver = { ...stamp, reason: input.reason, ...membershipsFor(item.actor, criterion.waivableBy) };
    return {
      ok: true,
      records: withWaiver(records, input.gateId, input.criterionId, waiver),
      audit: {
        action: 'waive',
        target: `${input.gateId}/${input.criterionId}`,
        before: before ? `waived by ${before.accountId}: ${before.reason}` : 'not waived',
        after: `waived: ${input.reason}`,
      },
    };
  });
}
