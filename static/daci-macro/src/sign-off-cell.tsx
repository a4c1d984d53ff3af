import { useState } from 'react';
import { SIGN_OFF_LABELS } from '../../../src/domain/daci/decision-labels';
import { call } from './call';
import Lozenge from '@atlaskit/lozenge';
import { PersonName, type ShownPeople } from './people';
import type { Decision, SignOffView, TableData } from './types';

const APPEARANCE = { none: 'default', approved: 'success', rejected: 'removed', stale: 'moved' } as const;

interface Props {
  decision: Decision;
  signOff: SignOffView;
  people: ShownPeople;
  /** Only the Approver, in view mode, is offered the buttons (the resolver checks again). */
  canAnswer: boolean;
  onSaved(data: TableData): void;
}

/** The decision's sign-off: its state and record, and for the Approver, Approve or Reject with a comment. */
export function SignOffCell({ decision, signOff, people, canAnswer, onSaved }: Props) {
  const [answering, setAnswering] = useState<'approved' | 'rejected' | undefined>();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const latest = signOff.latest;
  const send = async () => {
    setBusy(true);
    const answer = await call<TableData>('signOff', { decisionId: decision.id, outcome: answering, comment });
    setBusy(false);
    if (answer.ok) { setAnswering(undefined); setComment(''); setError(undefined); onSaved(answer.data); } else setError(answer.error.message);
  };
  return (
    <div data-testid={`sign-off-${decision.id}`}>
      <Lozenge appearance={APPEARANCE[signOff.state]}>{SIGN_OFF_LABELS[signOff.state]}</Lozenge>
      {latest && (
        <div className="daci-muted daci-text">
          {latest.outcome === 'approved' ? 'Approved' : 'Rejected'} by <PersonName people={people} id={latest.accountId} /> on {latest.at.slice(0, 10)} (version {latest.pageVersion})
          {latest.comment && <>: “{latest.comment}”</>}
        </div>
      )}
      {canAnswer && !answering && (
        <div>
          <button type="button" className="daci-button" data-appearance="primary" onClick={() => setAnswering('approved')}>Approve</button>
          <button type="button" className="daci-button" onClick={() => setAnswering('rejected')}>Reject</button>
        </div>
      )}
      {answering && (
        <div>
          <label htmlFor={`comment-${decision.id}`}>Comment {answering === 'rejected' ? '(why not?)' : '(optional)'}</label>
          <textarea id={`comment-${decision.id}`} value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} autoFocus />
          <button type="button" className="daci-button" data-appearance={answering === 'approved' ? 'primary' : 'danger'} disabled={busy} onClick={() => void send()}>
            {answering === 'approved' ? 'Confirm approval' : 'Confirm rejection'}
          </button>
          <button type="button" className="daci-button" disabled={busy} onClick={() => { setAnswering(undefined); setError(undefined); }}>Cancel</button>
        </div>
      )}
      {error && <div className="daci-error" role="alert">{error}</div>}
    </div>
  );
}
