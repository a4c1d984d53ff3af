import { Lozenge } from '../../shared/lozenge';
import { PersonName, type ShownPeople } from './people';
import { SignOffActions } from './sign-off-actions';
import { When } from '../../shared/when';
import type { Decision, SignOffView, TableData } from './types';

const APPEARANCE = { none: 'default', approved: 'success', rejected: 'removed', stale: 'moved', 'stale-rejection': 'moved' } as const;
/** A lozenge holds a word or two (a longer one is cut off in a narrow column); what stale means goes under it. */
const SHORT_LABELS = { none: 'Awaiting', approved: 'Approved', rejected: 'Rejected', stale: 'Stale', 'stale-rejection': 'Stale' } as const;
const STALE_NOTES = { stale: 'Changed since approval', 'stale-rejection': 'Changed since rejection' } as const;

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
  const latest = signOff.latest;
  return (
    <div data-testid={`sign-off-${decision.id}`}>
      <Lozenge appearance={APPEARANCE[signOff.state]}>{SHORT_LABELS[signOff.state]}</Lozenge>
      {(signOff.state === 'stale' || signOff.state === 'stale-rejection') && <div className="daci-muted">{STALE_NOTES[signOff.state]}</div>}
      {latest && (
        <div className="daci-muted daci-text">
          {latest.outcome === 'approved' ? 'Approved' : 'Rejected'} by <PersonName people={people} id={latest.accountId} /> <When at={latest.at} withOn />{' '}
          (version {latest.pageVersion}){latest.comment && <>: “{latest.comment}”</>}
        </div>
      )}
      {canAnswer && <SignOffActions decisionId={decision.id} seen={{ fingerprint: signOff.fingerprint, pageVersion }} onSaved={onSaved} />}
    </div>
  );
}
