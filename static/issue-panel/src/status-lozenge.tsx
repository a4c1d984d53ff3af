import { Lozenge } from '../../shared/lozenge';
import type { CriterionView } from './types';
import { useT } from '../../shared/use-t';

const APPEARANCE = { passed: 'success', failed: 'removed', waived: 'moved' } as const;

/** A criterion's status as Jira users know it from lozenges. */
export function StatusLozenge({ status }: { status: CriterionView['status'] }) {
  const t = useT();
  return <Lozenge appearance={APPEARANCE[status]}>{t(`panel.status.${status}`)}</Lozenge>;
}
