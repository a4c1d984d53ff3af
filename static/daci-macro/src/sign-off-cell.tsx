import { Lozenge } from '../../shared/lozenge';
import { PersonName, type ShownPeople } from './people';
import { SignOffActions } from './sign-off-actions';
import { When } from '../../shared/when';
import type { Decision, SignOffView, TableData } from './types';
import { useT } from '../../shared/use-t';
import { isOpen } from '../../../src/domain/daci/overdue';

const APPEARANCE = { none: 'default', approved: 'success', rejected: 'removed', stale: 'moved', 'stale-rejection': 'moved' } as const;
// A lozenge holds a word or two (a longer one is cut off in a narrow column); what stale means goes under it.
const STALE_NOTES = { stale: 'daci.signOff.changedSinceApproval', 'stale-rejection': 'daci.signOff.changedSinceRejection' } as const;

interface Props {
  decision: Decision;
  signOff: SignOffView;
  people: ShownPeople;
  /** Only the Approver, in view mode, is offered the buttons (the resolver checks again). */
  canAnswer: boolean;
  pageVersion: number;
  onSaved(data: TableData): void;
}

/** The decision's sign-off: its state and record, and for the Approver, Approve or Reject with a comment. */
export function SignOffCell({ decision, signOff, people, canAnswer, pageVersion, onSaved }: Props) {
  const t = useT();
  const latest = signOff.latest;
  return (
    <div data-testid={`sign-off-${decision.id}`}>
      <Lozenge appearance={APPEARANCE[signOff.state]}>{t(`daci.signOff.${signOff.state}`)}</Lozenge>
      {(signOff.state === 'stale' || signOff.state === 'stale-rejection') && <div className="daci-muted">{t(STALE_NOTES[signOff.state])}</div>}
      {latest && (
        <div className="daci-muted daci-text">
          {latest.outcome === 'approved' ? t('daci.signOff.approvedBy') : t('daci.signOff.rejectedBy')} <PersonName people={people} id={latest.accountId} />{' '}
          <When at={latest.at} /> {t('daci.signOff.version', { version: latest.pageVersion })}
          {latest.comment && <>: “{latest.comment}”</>}
        </div>
      )}
      {canAnswer && (
        <SignOffActions
          decisionId={decision.id}
          openOutcome={isOpen(decision) ? decision.outcome : undefined}
          seen={{ fingerprint: signOff.fingerprint, pageVersion }}
          onSaved={onSaved}
        />
      )}
    </div>
  );
}
