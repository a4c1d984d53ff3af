import * as z from 'zod';
import { withVerification } from '../domain/records/record-edits';
import { RECORD_LIMITS, textLimitProblem } from '../domain/records/records-limits';
import { recordEntry } from '../domain/records/records-schema';
import { tooLongFailure } from './too-long-failure';
import { failure, type Envelope } from './envelope';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { entryIdSchema, writeTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { verifyRefusal } from './rights';
import { unchanged, writeRecords } from './write-records';
import { hasVisibleText } from '../domain/visible-text/visible-text';
import { membershipsFor } from './caller-memberships';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import { problem } from '../domain/problems';
import { evidenceFrom, evidenceInputSchema, namesAttachments } from './evidence-input';
import { describeResult } from '../domain/records/describe-result';

export const verifyBehaviourPayload = z.strictObject({
  ...writeTarget,
  behaviourId: entryIdSchema,
  status: z.enum(['passed', 'failed', 'untested']),
  note: z.string().optional(),
  /** Where QA verified: one of the gate's environments, or what they typed. */
  environment: z.string().trim().max(RECORD_LIMITS.environmentCharacters).optional(),
  evidence: evidenceInputSchema.optional(),
});
export type VerifyBehaviourPayload = z.infer<typeof verifyBehaviourPayload>;

/**
 * `verifyBehaviour`: QA's result for one expected behaviour, recorded with the text QA saw, where
 * they verified and their evidence (`untested` removes it); every result is kept in the history. Needs the gate's `qaVerifiers`, or Edit Issues when no gate names them.
 */
export async function verifyBehaviour(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, verifyBehaviourPayload, undefined, (input) => (namesAttachments(input.evidence) ? ['attachment'] : []));
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const refusal = verifyRefusal(item);
  if (refusal) return failure('FORBIDDEN', refusal);
  const tooLong = textLimitProblem('note', input.note, RECORD_LIMITS.noteCharacters);
  if (tooLong.length) return tooLongFailure(tooLong, item.say);
  const evidence = input.status === 'untested' ? { ok: true as const, evidence: [] } : evidenceFrom(input.evidence ?? [], item.issue);
  if (!evidence.ok) return failure('BAD_INPUT', item.say('errors.evidenceNotAttached', { item: item.basics.key }), evidence.problems);
  const details = {
    ...(input.note ? { note: input.note } : {}),
    ...(input.environment ? { environment: input.environment } : {}),
    ...(evidence.evidence.length ? { evidence: evidence.evidence } : {}),
  };
  return writeRecords(
    deps,
    item,
    input.revision,
    (records, stamp) => {
      const behaviour = records.handoff?.expectedBehaviours?.find((b) => b.id === input.behaviourId);
      if (!behaviour)
        return failure('NOT_FOUND', item.say('errors.noBehaviour', { behaviour: input.behaviourId }), [problem('behaviourId', 'problems.notFound')]);
      if (!hasVisibleText(behaviour.text)) return failure('BAD_INPUT', item.say('errors.emptyBehaviour'), [problem('behaviourId', 'problems.empty')]);
      const before = recordEntry(records.verifications, behaviour.id);
      // The verifier's rights go with the record, so a verdict counts it only where they suffice.
      const rights = { ...membershipsFor(item.actor, qaVerifiersOf(item.gates)?.verifiers), mayEdit: item.permissions.edit };
      const verification = input.status === 'untested' ? undefined : { status: input.status, ...stamp, ...details, text: behaviour.text, ...rights };
      if (!before && !verification) return unchanged(records);
      const describe = (v: typeof before) => (v ? describeResult(v, behaviour.text) : 'untested');
      return {
        ok: true,
        records: withVerification(records, behaviour.id, verification),
        audit: { action: 'verify', target: behaviour.id, before: describe(before), after: describe(verification) },
        ...(verification ? { result: { ...verification, behaviourId: behaviour.id } } : {}),
      };
    },
    undefined,
    { history: true },
  );
}
