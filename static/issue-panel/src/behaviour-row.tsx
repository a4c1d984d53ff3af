import { useContext, useRef, useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { Act } from './act';
import { BehaviourStateLozenge } from './behaviour-state';
import { ErrorMessage } from '../../shared/error-message';
import { ByWhom } from './person-name';
import { SafeText } from './safe-text';
import { Meta, Row, gap } from './ui';
import { VerifyControls } from './verify-controls';
import type { BehaviourView, ResolverError } from './types';
import { useT } from '../../shared/use-t';
import { WhereContext } from '../../shared/when';
import { WorkItemLinks } from '../../shared/work-item-links';
import { Lozenge } from '../../shared/lozenge';
import { ResultDetails } from './result-details';
import { HandoffText } from './rich-text-view';
import { BehaviourHistory } from './behaviour-history';
import type { ResultInput } from './result-input';
import { useEvidenceUpload } from './use-evidence-upload';

interface BehaviourRowProps {
  behaviour: BehaviourView;
  number: number;
  canVerify: boolean;
  busy: boolean;
  act: Act;
}

/** One expected behaviour: its text, QA's result (who, when, note) and, for QA, the controls. */
export function BehaviourRow({ behaviour, number, canVerify, busy, act }: BehaviourRowProps) {
  const t = useT();
  const [error, setError] = useState<ResolverError>();
  const textRef = useRef<HTMLDivElement>(null);
  const { verification } = behaviour;
  const { siteUrl } = useContext(WhereContext);
  const attach = useEvidenceUpload(setError);
  const [uploading, setUploading] = useState(false);
  const verify = async (status: 'passed' | 'failed' | 'untested', result?: ResultInput) => {
    const done = t(`behaviour.done.${status}`, { number });
    setUploading(Boolean(result?.files.length));
    const attached = result?.files.length ? await attach(result.files) : [];
    setUploading(false);
    if (!attached) return false;
    const evidence = [...attached.map((attachmentId) => ({ attachmentId })), ...(result?.links ?? []).map((url) => ({ url }))];
    const details = {
      ...(result?.note ? { note: result.note } : {}),
      ...(result?.environment ? { environment: result.environment } : {}),
      ...(evidence.length ? { evidence } : {}),
    };
    const answer = await act('verifyBehaviour', { behaviourId: behaviour.id, status, ...details }, done);
    setError(answer.ok ? undefined : answer.error);
    if (answer.ok) setTimeout(() => textRef.current?.focus(), 0);
    return answer.ok;
  };
  const fileBug = async () => {
    const answer = await act('createBug', { behaviourId: behaviour.id }, t('behaviour.done.bug', { number }));
    setError(answer.ok ? undefined : answer.error);
    return answer.ok;
  };
  return (
    <li
      data-testid={`behaviour-${behaviour.id}`}
      data-state={behaviour.state}
      style={{ padding: `${gap.m} 0`, borderTop: `${token('border.width')} solid ${token('color.border')}` }}
    >
      <Row style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
        <span style={{ minWidth: 24, color: token('color.text.subtle'), font: token('font.body') }} aria-hidden>
          {number}.
        </span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <div ref={textRef} tabIndex={-1} className="ss-focusable" style={{ font: token('font.body'), color: token('color.text') }}>
            <HandoffText text={behaviour.text} adf={behaviour.adf} testId={`behaviour-text-${behaviour.id}`} />
          </div>
          {verification ? (
            <Meta testId={`verification-${behaviour.id}`}>
              <ByWhom verb={t(`behaviour.result.${verification.status}`)} accountId={verification.accountId} at={verification.at} />
              <ResultDetails result={verification} testId={`verification-details-${behaviour.id}`} />
              {verification.note ? (
                <>
                  : “<SafeText text={verification.note} />”
                </>
              ) : null}
              {behaviour.state === 'changed' ? <div>{t('behaviour.earlierWording', { text: verification.text })}</div> : null}
              {behaviour.state === 'unaccepted' ? <div>{t('behaviour.unaccepted')}</div> : null}
            </Meta>
          ) : null}
          {behaviour.bug ? (
            <Meta testId={`bug-${behaviour.id}`}>
              {t('behaviour.bug')} <WorkItemLinks keys={[behaviour.bug.key]} siteUrl={siteUrl} />
              {behaviour.bug.status ? (
                <>
                  {' '}
                  <span aria-label={t('behaviour.bugStatus', { bug: behaviour.bug.key })}>
                    <Lozenge appearance={behaviour.bug.status.done ? 'success' : 'default'}>{behaviour.bug.status.name}</Lozenge>
                  </span>
                </>
              ) : null}
              {behaviour.state === 'retest' ? <div>{t('behaviour.retest', { bug: behaviour.bug.key })}</div> : null}
            </Meta>
          ) : null}
          {verification || behaviour.bug ? <BehaviourHistory behaviourId={behaviour.id} number={number} text={behaviour.text} /> : null}
          {canVerify ? (
            <VerifyControls behaviour={behaviour} number={number} busy={busy || uploading} verify={verify} fileBug={fileBug} {...(error ? { error } : {})} />
          ) : null}
          {error ? (
            <div style={{ marginTop: gap.s }}>
              <ErrorMessage error={error} testId={`behaviour-error-${behaviour.id}`} />
            </div>
          ) : null}
        </div>
        <BehaviourStateLozenge state={behaviour.state} />
      </Row>
    </li>
  );
}
