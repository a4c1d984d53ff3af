import { fail, listSome, pass, type CriterionRule } from '../criterion-rule';
import { plural, type Say } from '../../words/say';
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

const STATE_KEYS = {
  passed: 'passed',
  failed: 'failed',
  untested: 'untested',
  'changed since verified': 'changed',
  'verified by someone who may not': 'unaccepted',
} as const;
const stateText = (say: Say, state: BehaviourState) => say(`gate.behaviours.state.${STATE_KEYS[state]}`);

export const behavioursVerifiedRule: CriterionRule<BehavioursVerifiedCriterion> = {
  defaultLabel: (_c, _issue, say) => say('gate.behaviours.label'),
  defaultHint: (_c, _issue, say) => say('gate.behaviours.hint'),
  check(_c, { records, qaVerifiers, say }) {
    const behaviours = (records.handoff?.expectedBehaviours ?? []).filter((b) => hasVisibleText(b.text));
    if (behaviours.length === 0) return fail(say('gate.behaviours.none'));
    const open = behaviours.map((b) => ({ b, state: behaviourState(records, b, qaVerifiers) })).filter(({ state }) => state !== 'passed');
    if (open.length === 0) return pass(plural(say, 'gate.behaviours.all', behaviours.length));
    const listed = open.map(({ b, state }) => say('gate.behaviours.item', { text: shorten(b.text), state: stateText(say, state) }));
    return fail(plural(say, 'gate.behaviours.open', behaviours.length, { open: open.length, list: listSome(say, listed, 3) }));
  },
};
