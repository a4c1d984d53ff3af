import { fail, listSome, pass, type CriterionRule } from '../criterion-rule';
import { plural, type Say } from '../../words/say';
import type { BehavioursVerifiedCriterion } from './behaviours-verified-schema';
import { recordEntry, type ItemRecords } from '../../records/records-schema';
import { hasVisibleText } from '../../visible-text/visible-text';
import { verificationCounts } from '../../gates/qa-verifiers';
import type { Principals } from '../../gates/principals';

export type BehaviourState = 'passed' | 'failed' | 'retest' | 'untested' | 'changed since verified' | 'verified by someone who may not';

/** The bug filed from the behaviour's failure, when there is one. */
export const bugOf = (records: ItemRecords, behaviourId: string) => recordEntry(records.bugs, behaviourId);

/**
 * A verification counts only for the text QA saw (editing a behaviour makes it untested again)
 * and only from someone the item's QA verifiers include (see verificationCounts). A failure
 * whose bug Jira has put in done since is to be retested: still not passed, but QA's turn.
 */
export function behaviourState(records: ItemRecords, behaviour: { id: string; text: string }, verifiers: Principals | undefined): BehaviourState {
  const verification = recordEntry(records.verifications, behaviour.id);
  if (!verification) return 'untested';
  if (!verificationCounts(verification, verifiers)) return 'verified by someone who may not';
  if (verification.text !== behaviour.text) return 'changed since verified';
  const doneAt = bugOf(records, behaviour.id)?.doneAt;
  if (verification.status === 'failed' && doneAt !== undefined && Date.parse(doneAt) >= Date.parse(verification.at)) return 'retest';
  return verification.status;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const STATE_KEYS = {
  passed: 'passed',
  failed: 'failed',
  retest: 'retest',
  untested: 'untested',
  'changed since verified': 'changed',
  'verified by someone who may not': 'unaccepted',
} as const;
/** The state in words; a failure names its bug (open or done), so the reason says what the item waits for. */
function stateText(say: Say, state: BehaviourState, records: ItemRecords, behaviourId: string): string {
  const bug = bugOf(records, behaviourId);
  if (state === 'failed' && bug && bug.doneAt === undefined) return say('gate.behaviours.state.failedOpenBug', { bug: bug.key });
  if (state === 'retest' && bug) return say('gate.behaviours.state.retestBug', { bug: bug.key });
  return say(`gate.behaviours.state.${STATE_KEYS[state]}`);
}

export const behavioursVerifiedRule: CriterionRule<BehavioursVerifiedCriterion> = {
  defaultLabel: (_c, _issue, say) => say('gate.behaviours.label'),
  defaultHint: (_c, _issue, say) => say('gate.behaviours.hint'),
  check(_c, { records, qaVerifiers, say }) {
    const behaviours = (records.handoff?.expectedBehaviours ?? []).filter((b) => hasVisibleText(b.text));
    if (behaviours.length === 0) return fail(say('gate.behaviours.none'));
    const open = behaviours.map((b) => ({ b, state: behaviourState(records, b, qaVerifiers) })).filter(({ state }) => state !== 'passed');
    if (open.length === 0) return pass(plural(say, 'gate.behaviours.all', behaviours.length));
    const listed = open.map(({ b, state }) => say('gate.behaviours.item', { text: shorten(b.text), state: stateText(say, state, records, b.id) }));
    return fail(plural(say, 'gate.behaviours.open', behaviours.length, { open: open.length, list: listSome(say, listed, 3) }));
  },
};
