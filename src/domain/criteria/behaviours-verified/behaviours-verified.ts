import { fail, listSome, pass, plural, type CriterionRule } from '../criterion-rule';
import type { BehavioursVerifiedCriterion } from './behaviours-verified-schema';
import { recordEntry, type ItemRecords } from '../../records/records-schema';
import { hasVisibleText } from '../../visible-text/visible-text';
import { verificationCounts } from '../../gates/qa-verifiers';
import type { Principals } from '../../gates/principals';

export type BehaviourState = 'passed' | 'failed' | 'untested' | 'changed since verified' | 'verified by someone who may not';

/**
 * A verification counts only for the text QA saw (editing a behaviour makes it untested again)
 * and only from someone the item's QA verifiers include (see verificationCounts).
 */
export function behaviourState(records: ItemRecords, behaviour: { id: string; text: string }, verifiers: Principals | undefined): BehaviourState {
  const verification = recordEntry(records.verifications, behaviour.id);
  if (!verification) return 'untested';
  if (!verificationCounts(verification, verifiers)) return 'verified by someone who may not';
  if (verification.text !== behaviour.text) return 'changed since verified';
  return verification.status;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export const behavioursVerifiedRule: CriterionRule<BehavioursVerifiedCriterion> = {
  defaultLabel: () => 'Expected behaviours verified by QA',
  defaultHint: () => 'QA verify each expected behaviour in the Shipshape panel; fix and re-verify the failed ones.',
  check(_c, { records, qaVerifiers }) {
    const behaviours = (records.handoff?.expectedBehaviours ?? []).filter((b) => hasVisibleText(b.text));
    if (behaviours.length === 0) return fail('No expected behaviours are written yet');
    const open = behaviours.map((b) => ({ b, state: behaviourState(records, b, qaVerifiers) })).filter(({ state }) => state !== 'passed');
    if (open.length === 0) return pass(`All ${plural(behaviours.length, 'behaviour')} verified`);
    const listed = open.map(({ b, state }) => `"${shorten(b.text)}" (${state})`);
    return fail(`${open.length} of ${plural(behaviours.length, 'behaviour')} not verified: ${listSome(listed, 3)}`);
  },
};
