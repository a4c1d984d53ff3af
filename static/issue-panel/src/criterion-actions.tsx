import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { NoteForm } from './note-form';
import { Row, gap } from './ui';
import type { CriterionView, ResolverError } from './types';
import type { WriteName } from './use-panel';

interface CriterionActionsProps {
  criterion: CriterionView;
  busy: boolean;
  error?: ResolverError;
  /** Runs a write for this criterion; resolves true when it succeeded. */
  run(name: WriteName, payload: Record<string, unknown>, done: string): Promise<boolean>;
  /** Puts keyboard focus back on the criterion when a form closes. */
  focusRow(): void;
}

/** Approve / withdraw, waive / remove waiver: only what the criterion's flags allow. */
export function CriterionActions({ criterion, busy, error, run, focusRow }: CriterionActionsProps) {
  const [form, setForm] = useState<'approve' | 'waive' | undefined>();
  const label = criterion.label;
  const close = () => {
    setForm(undefined);
    focusRow();
  };
  const buttons = [
    criterion.canApprove && !criterion.approvedByMe && !form ? (
      <Button key="approve" appearance="primary" spacing="compact" isDisabled={busy} onClick={() => setForm('approve')} aria-label={`Approve: ${label}`}>
        Approve
      </Button>
    ) : null,
    criterion.approvedByMe ? (
      <Button
        key="withdraw"
        spacing="compact"
        isDisabled={busy}
        onClick={() => void run('revokeApproval', {}, `Your approval of “${label}” is withdrawn.`)}
        aria-label={`Withdraw my approval: ${label}`}
      >
        Withdraw my approval
      </Button>
    ) : null,
    // Waiving is for a check that fails: one that passes needs no waiver.
    criterion.canWaive && !criterion.recordedWaiver && criterion.status === 'failed' && !form ? (
      <Button key="waive" appearance="subtle" spacing="compact" isDisabled={busy} onClick={() => setForm('waive')} aria-label={`Waive: ${label}`}>
        Waive…
      </Button>
    ) : null,
    criterion.recordedWaiver && criterion.canRevokeWaiver ? (
      <Button
        key="unwaive"
        appearance="subtle"
        spacing="compact"
        isDisabled={busy}
        onClick={() => void run('revokeWaiver', {}, `The waiver of “${label}” is removed.`)}
        aria-label={`Remove waiver: ${label}`}
      >
        Remove waiver
      </Button>
    ) : null,
  ].filter(Boolean);
  return (
    <>
      {buttons.length > 0 ? <Row style={{ marginTop: gap.s }}>{buttons}</Row> : null}
      {form === 'approve' ? (
        <NoteForm
          id={`approve-${criterion.id}`}
          label="Approval comment (optional)"
          submitLabel="Approve"
          required={false}
          busy={busy}
          {...(error ? { error } : {})}
          onCancel={close}
          onSubmit={(comment) => void run('approve', comment ? { comment } : {}, `You approved “${label}”.`).then((ok) => ok && close())}
        />
      ) : null}
      {form === 'waive' ? (
        <NoteForm
          id={`waive-${criterion.id}`}
          label="Reason for waiving"
          submitLabel="Waive"
          required
          busy={busy}
          {...(error ? { error } : {})}
          onCancel={close}
          onSubmit={(reason) => void run('waive', { reason }, `“${label}” is waived.`).then((ok) => ok && close())}
        />
      ) : null}
    </>
  );
}
