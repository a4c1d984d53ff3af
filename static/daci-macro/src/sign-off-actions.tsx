import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import { useState } from 'react';
import { TextAreaField } from '../../shared/text-area-field';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';
import { call } from './call';
import type { TableData } from './types';
import { useT } from '../../shared/use-t';

interface Props {
  decisionId: string;
  /** For an open decision, its outcome so far: an approval may also mark it decided, with an outcome. */
  openOutcome: string | undefined;
  /** What the Approver sees: the answer names it, and the resolver refuses it if the table changed since. */
  seen: { fingerprint: string; pageVersion: number };
  onSaved(data: TableData): void;
}

/** The Approver's Approve and Reject, each confirmed with a comment (a rejection asks why). */
export function SignOffActions({ decisionId, openOutcome, seen, onSaved }: Props) {
  const t = useT();
  const [answering, setAnswering] = useState<'approved' | 'rejected' | undefined>();
  const [comment, setComment] = useState('');
  const [decide, setDecide] = useState(false);
  const [outcome, setOutcome] = useState(openOutcome ?? '');
  const deciding = answering === 'approved' && openOutcome !== undefined && decide;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const send = async () => {
    if (deciding && outcome.trim() === '') return setError(t('daci.config.outcomeNeeded'));
    setBusy(true);
    const answer = await call<TableData>('signOff', { decisionId, outcome: answering, comment, ...seen, ...(deciding ? { decide: { outcome } } : {}) });
    setBusy(false);
    if (answer.ok) {
      setAnswering(undefined);
      setComment('');
      setError(undefined);
      onSaved(answer.data);
    } else setError(answer.error.message);
  };
  return (
    <>
      {!answering && (
        <div className="daci-actions">
          <Button appearance="primary" onClick={() => setAnswering('approved')}>
            {t('daci.signOff.approve')}
          </Button>
          <Button onClick={() => setAnswering('rejected')}>{t('daci.signOff.reject')}</Button>
        </div>
      )}
      {answering && (
        <div>
          {/* Before the comment: the comment keeps the focus, and Tab from it reaches the confirm button. */}
          {answering === 'approved' && openOutcome !== undefined && (
            <>
              <Checkbox testId={`decide-${decisionId}`} label={t('daci.signOff.alsoDecide')} isChecked={decide} onChange={(e) => setDecide(e.target.checked)} />
              {decide && (
                <TextAreaField
                  id={`decide-outcome-${decisionId}`}
                  label={t('daci.signOff.decidedOutcome')}
                  value={outcome}
                  limit={DACI_LIMITS.outcomeLength}
                  rows={2}
                  onChange={setOutcome}
                />
              )}
            </>
          )}
          <TextAreaField
            id={`comment-${decisionId}`}
            label={answering === 'rejected' ? t('daci.signOff.commentWhyNot') : t('daci.signOff.commentOptional')}
            value={comment}
            limit={DACI_LIMITS.signOffCommentLength}
            rows={2}
            autoFocus
            onChange={setComment}
          />
          <div className="daci-actions">
            <Button appearance={answering === 'approved' ? 'primary' : 'danger'} isDisabled={busy} onClick={() => void send()}>
              {deciding ? t('daci.signOff.confirmDecided') : answering === 'approved' ? t('daci.signOff.confirmApproval') : t('daci.signOff.confirmRejection')}
            </Button>
            <Button
              isDisabled={busy}
              onClick={() => {
                setAnswering(undefined);
                setError(undefined);
              }}
            >
              {t('daci.signOff.cancel')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <div className="daci-error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
