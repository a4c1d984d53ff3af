import { useLayoutEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { NoteForm } from './note-form';
import { Row, gap } from './ui';
import type { BehaviourView, ResolverError } from './types';
import { useT } from '../../shared/use-t';

interface VerifyControlsProps {
  behaviour: BehaviourView;
  /** Its position, to name the buttons for screen readers ("Behaviour 2"). */
  number: number;
  busy: boolean;
  error?: ResolverError;
  verify(status: 'passed' | 'failed' | 'untested', note?: string): Promise<boolean>;
  /** Files a Jira bug from this failure (offered while it is failed and has no bug, or only one that is done since). */
  fileBug(): Promise<boolean>;
}

/** QA's result for one behaviour: Passed, Failed with an optional note, or Clear. */
export function VerifyControls({ behaviour, number, busy, error, verify, fileBug }: VerifyControlsProps) {
  const [failing, setFailing] = useState(false);
  // A cancelled note gives the focus back to Failed… in the same commit that removes the form.
  const failButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (failing || !refocus.current) return;
    refocus.current = false;
    failButton.current?.focus();
  }, [failing]);
  const t = useT();
  const current = behaviour.verification?.status;
  return (
    <div style={{ marginTop: gap.s }}>
      {!failing ? (
        <Row>
          <Button
            spacing="compact"
            appearance={current === 'passed' && behaviour.state !== 'changed' ? 'primary' : 'default'}
            isDisabled={busy}
            aria-label={t('panel.verify.markPassed', { number })}
            onClick={() => void verify('passed')}
          >
            {t('panel.verify.passed')}
          </Button>
          <Button
            ref={failButton}
            spacing="compact"
            appearance={current === 'failed' ? 'danger' : 'default'}
            isDisabled={busy}
            aria-label={t('panel.verify.markFailed', { number })}
            onClick={() => setFailing(true)}
          >
            {t('panel.verify.failed')}
          </Button>
          {behaviour.state === 'failed' && (!behaviour.bug || behaviour.bug.doneAt) ? (
            <Button spacing="compact" isDisabled={busy} aria-label={t('panel.verify.createBugLabel', { number })} onClick={() => void fileBug()}>
              {t('panel.verify.createBug')}
            </Button>
          ) : null}
          {behaviour.verification ? (
            <Button
              spacing="compact"
              appearance="subtle"
              isDisabled={busy}
              aria-label={t('panel.verify.clearLabel', { number })}
              onClick={() => void verify('untested')}
            >
              {t('panel.verify.clear')}
            </Button>
          ) : null}
        </Row>
      ) : (
        <NoteForm
          id={`fail-note-${behaviour.id}`}
          label={t('panel.verify.whatFailed')}
          submitLabel={t('panel.verify.markFailedSubmit')}
          required={false}
          busy={busy}
          {...(error ? { error } : {})}
          onCancel={() => {
            refocus.current = true;
            setFailing(false);
          }}
          onSubmit={(note) => void verify('failed', note || undefined).then((ok) => ok && setFailing(false))}
        />
      )}
    </div>
  );
}
