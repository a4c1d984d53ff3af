import * as z from 'zod';
import { withTick } from '../domain/records/record-edits';
import { recordEntry } from '../domain/records/records-schema';
import type { Envelope } from './envelope';
import { findCriterion } from './find-criterion';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { criterionTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { writeRecords, unchanged } from './write-records';

export const setTickPayload = z.strictObject({ ...criterionTarget, ticked: z.boolean() });
export type SetTickPayload = z.infer<typeof setTickPayload>;

/** `setTick`: ticks or unticks a manual criterion. Needs Edit Issues. */
export async function setTick(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, setTickPayload, 'tickChecks');
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const found = findCriterion(item, input.gateId, input.criterionId, 'manual');
  if (!found.ok) return found;
  return writeRecords(deps, item, input.revision, (records, stamp) => {
    const tick = recordEntry(recordEntry(records.gates, input.gateId)?.ticks, input.criterionId);
    if (!!tick === input.ticked) return unchanged(records);
    const target = `${input.gateId}/${input.criterionId}`;
    return input.ticked
      ? {
          ok: true,
          records: withTick(records, input.gateId, input.criterionId, stamp),
          audit: { action: 'tick', target, before: 'not ticked', after: 'ticked' },
        }
      : {
          ok: true,
          records: withTick(records, input.gateId, input.criterionId, undefined),
          audit: { action: 'untick', target, before: `ticked by ${tick?.accountId} at ${tick?.at}`, after: 'not ticked' },
        };
  });
}
