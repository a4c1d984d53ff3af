import { Lozenge } from '../../shared/lozenge';
import type { BehaviourView } from './types';
import { useT } from '../../shared/use-t';

const APPEARANCE = { untested: 'default', passed: 'success', failed: 'removed', retest: 'inprogress', changed: 'moved', unaccepted: 'moved' } as const;

export function BehaviourStateLozenge({ state }: { state: BehaviourView['state'] }) {
  const t = useT();
  return <Lozenge appearance={APPEARANCE[state]}>{t(`behaviour.state.${state}`)}</Lozenge>;
}
