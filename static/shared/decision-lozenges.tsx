import type { DecisionStatus } from '../../src/domain/daci/daci-values';
import type { SignOffStanding } from '../../src/domain/decisions/index-schema';
import { Lozenge } from './lozenge';
import { Day } from './when';
import { useT } from './use-t';

const STATUS = { 'not-started': 'default', 'in-progress': 'inprogress', decided: 'success', deferred: 'moved' } as const;
const SIGN_OFF = { current: 'success', stale: 'moved', rejected: 'removed', none: 'default' } as const;

/** A DACI decision's status, as every screen shows it. */
export function StatusLozenge({ status }: { status: DecisionStatus }) {
  const t = useT();
  return <Lozenge appearance={STATUS[status]}>{t(`daci.status.${status}`)}</Lozenge>;
}

/** Where the Approver's sign-off stands (approved, changed since approval, rejected, awaiting). */
export function SignOffLozenge({ standing }: { standing: SignOffStanding }) {
  const t = useT();
  return <Lozenge appearance={SIGN_OFF[standing]}>{t(`panel.decisions.signOff.${standing}`)}</Lozenge>;
}

/** A decision's due date: overdue while open and late, met once decided. */
export function DueDate({ due, late, met }: { due?: string | undefined; late: boolean; met: boolean }) {
  const t = useT();
  if (!due) return <span className="ss-muted">—</span>;
  return (
    <span className={late ? 'ss-overdue' : undefined} data-due={late ? 'overdue' : met ? 'met' : 'open'}>
      <span className="ss-date">
        <Day day={due} />
      </span>
      {(late || met) && (
        <>
          {' '}
          <Lozenge appearance={late ? 'removed' : 'success'} isBold={late}>
            {t(late ? 'daci.overdue' : 'daci.met')}
          </Lozenge>
        </>
      )}
    </span>
  );
}
