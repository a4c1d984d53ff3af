import { useLayoutEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { ResultForm } from './result-form';
import type { ResultInput } from './result-input';
import { Row, gap } from './ui';
import type { BehaviourView, ResolverError } from './types';
import { useT } from '../../shared/use-t';

interface VerifyControlsProps {
  behaviour: BehaviourView;
  /** Its position, to name the buttons for screen readers ("Behaviour 2"). */
  number: number;
  busy: boolean;
  error?: ResolverError;
  verify(status: 'passed' | 'failed' | 'untested', result?: ResultInput): Promise<boolean>;
  /** Files a Jira bug from this failure (offered while it is failed and has no bug, or only one that is done since). */
  fileBug(): Promise<boolean>;
}

/** QA's result for one behaviour: Passed, Failed… or Pass with evidence… (where, a note, files and links), or Clear. */
export function VerifyControls({ behaviour, number, busy, error, verify, fileBug }: VerifyControlsProps) {
  const [form, setForm] = useState<'passed' | 'failed'>();
  // A cancelled form gives the focus back to the button that opened it, in the same commit that removes the form.
  const failButton = useRef<HTMLButtonElement>(null);
  const passButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'passed' | 'failed'>();
  useLayoutEffect(() => {
    if (form || !refocus.current) return;
    (refocus.current === 'failed' ? failButton : passButton).current?.focus();
    refocus.current = undefined;
  }, [form]);
  const t = useT();
  const current = behaviour.verification?.status;
  return (
    <div style={{ marginTop: gap.s }}>
      {!form ? (
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
            onClick={() => setForm('failed')}
          >
            {t('panel.verify.failed')}
          </Button>
          <Button
            ref={passButton}
            spacing="compact"
            appearance="subtle"
            isDisabled={busy}
            aria-label={t('panel.verify.passWithEvidenceLabel', { number })}
            onClick={() => setForm('passed')}
          >
            {t('panel.verify.passWithEvidence')}
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
        <ResultForm
          behaviourId={behaviour.id}
          status={form}
          busy={busy}
          {...(error ? { error } : {})}
          onCancel={() => {
            refocus.current = form;
            setForm(undefined);
          }}
          onSubmit={(result) =>
            verify(form, result).then((ok) => {
              if (ok) setForm(undefined);
              return ok;
            })
          }
        />
      )}
    </div>
  );
}
