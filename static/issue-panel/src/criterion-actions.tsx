import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { NoteForm } from './note-form';
import { Row, gap } from './ui';
import type { CriterionView, ResolverError } from './types';
import type { WriteName } from './use-panel';
import { useT } from '../../shared/use-t';

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
  const t = useT();
  const [form, setForm] = useState<'approve' | 'waive' | undefined>();
  const check = criterion.label;
  const close = () => {
    setForm(undefined);
    focusRow();
  };
  const buttons = [
    criterion.canApprove && !criterion.approvedByMe && !form ? (
      <Button
        key="approve"
        appearance="primary"
        spacing="compact"
        isDisabled={busy}
        onClick={() => setForm('approve')}
        aria-label={t('panel.approveLabel', { check })}
      >
        {t('panel.approve')}
      </Button>
    ) : null,
    criterion.approvedByMe ? (
      <Button
        key="withdraw"
        spacing="compact"
        isDisabled={busy}
        onClick={() => void run('revokeApproval', {}, t('panel.withdrawn', { check }))}
        aria-label={t('panel.withdrawLabel', { check })}
      >
        {t('panel.withdraw')}
      </Button>
    ) : null,
    // Waiving is for a check that fails: one that passes needs no waiver.
    criterion.canWaive && !criterion.recordedWaiver && criterion.status === 'failed' && !form ? (
      <Button
        key="waive"
        appearance="subtle"
        spacing="compact"
        isDisabled={busy}
        onClick={() => setForm('waive')}
        aria-label={t('panel.waiveLabel', { check })}
      >
        {t('panel.waive')}
      </Button>
    ) : null,
    criterion.recordedWaiver && criterion.canRevokeWaiver ? (
      <Button
        key="unwaive"
        appearance="subtle"
        spacing="compact"
        isDisabled={busy}
        onClick={() => void run('revokeWaiver', {}, t('panel.waiverRemoved', { check }))}
        aria-label={t('panel.removeWaiverLabel', { check })}
      >
        {t('panel.removeWaiver')}
      </Button>
    ) : null,
  ].filter(Boolean);
  return (
    <>
      {buttons.length > 0 ? <Row style={{ marginTop: gap.s }}>{buttons}</Row> : null}
      {form === 'approve' ? (
        <NoteForm
          id={`approve-${criterion.id}`}
          label={t('panel.approvalComment')}
          submitLabel={t('panel.approve')}
          required={false}
          busy={busy}
          {...(error ? { error } : {})}
          onCancel={close}
          onSubmit={(comment) => void run('approve', comment ? { comment } : {}, t('panel.approved', { check })).then((ok) => ok && close())}
        />
      ) : null}
      {form === 'waive' ? (
        <NoteForm
          id={`waive-${criterion.id}`}
          label={t('panel.waiveReason')}
          submitLabel={t('panel.waiveSubmit')}
          required
          busy={busy}
          {...(error ? { error } : {})}
          onCancel={close}
          onSubmit={(reason) => void run('waive', { reason }, t('panel.waived', { check })).then((ok) => ok && close())}
        />
      ) : null}
    </>
  );
}
