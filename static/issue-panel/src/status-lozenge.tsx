import { Lozenge } from '../../shared/lozenge';
import type { CriterionView } from './types';

const APPEARANCE = { passed: 'success', failed: 'removed', waived: 'moved' } as const;
const TEXT = { passed: 'Passed', failed: 'Failed', waived: 'Waived' } as const;

/** A criterion's status as Jira users know it from lozenges. */
export function StatusLozenge({ status }: { status: CriterionView['status'] }) {
  return <Lozenge appearance={APPEARANCE[status]}>{TEXT[status]}</Lozenge>;
}
