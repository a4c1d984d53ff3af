import { Lozenge } from '../../shared/lozenge';
import type { BehaviourView } from './types';

const APPEARANCE = { untested: 'default', passed: 'success', failed: 'removed', changed: 'moved', unaccepted: 'moved' } as const;
export const STATE_TEXT = {
  untested: 'Untested',
  passed: 'Passed',
  failed: 'Failed',
  changed: 'Changed since verified',
  unaccepted: 'Not by a QA verifier',
} as const;

export function BehaviourStateLozenge({ state }: { state: BehaviourView['state'] }) {
  return <Lozenge appearance={APPEARANCE[state]}>{STATE_TEXT[state]}</Lozenge>;
}
