import { useState, type ReactNode } from 'react';
import { HandoffPreview } from './handoff-preview';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Draft, DraftRisk, DraftRow } from './draft';
import { ErrorMessage } from '../../shared/error-message';
import { fieldProblems } from './field-problems';
import { RECORD_LIMITS } from '../../../src/domain/records/record-limit-values';
import { RowsEditor } from './rows-editor';
import { ImportBehaviours } from './import-behaviours';
import { ChoiceSelect } from '../../shared/choice-select';
import { TextAreaField } from '../../shared/text-area-field';
import { Row, gap } from './ui';
import type { ResolverError } from './types';
import { useT } from '../../shared/use-t';

const SEVERITIES = ['high', 'medium', 'low'] as const;

interface HandoffEditProps {
  draft: Draft;
  onChange(draft: Draft): void;
  error?: ResolverError;
  busy: boolean;
  onSave(): void;
  onCancel(): void;
  /** Shown under the error (e.g. "Reload their version" after a conflict). */
  errorActions?: ReactNode;
}

const groupHeading = { font: token('font.heading.xsmall'), margin: `${gap.l} 0 ${gap.s}`, color: token('color.text') };

/** The engineer's edit layout: every section, with live counters and the app's problems next to each field. */
export function HandoffEdit({ draft, onChange, error, busy, onSave, onCancel, errorActions }: HandoffEditProps) {
  const t = useT();
  const [previewing, setPreviewing] = useState(false);
  const problems = fieldProblems(error, draft, t);
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const text = (key: 'summary' | 'testData' | 'releaseNotes', label: string, rows: number) => (
    <TextAreaField
      id={`edit-${key}`}
      label={label}
      value={draft[key]}
      rows={rows}
      limit={RECORD_LIMITS.sectionCharacters}
      onChange={(value) => set({ [key]: value })}
      // Opening the editor puts the cursor in its first field.
      autoFocus={key === 'summary'}
      {...(problems[key] ? { error: problems[key] } : {})}
    />
  );
  return (
    <form
      data-testid="handoff-form"
      aria-label={t('handoff.editLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {error ? <ErrorMessage error={error.code === 'CONFLICT' ? { ...error, message: t('handoff.conflict') } : error} testId="handoff-save-error" /> : null}
      {problems.general ? (
        <p role="alert" style={{ color: token('color.text.danger') }}>
          {problems.general}
        </p>
      ) : null}
      {errorActions}
      <p style={{ font: token('font.body.small'), color: token('color.text.subtlest'), margin: `0 0 ${gap.s}` }} data-testid="formatting-hint">
        {t('handoff.formattingHint')}
      </p>
      {previewing ? <HandoffPreview draft={draft} /> : fields()}
      <Row>
        <Button type="submit" appearance="primary" isDisabled={busy} testId="save-handoff">
          {t('handoff.save')}
        </Button>
        <Button onClick={() => setPreviewing(!previewing)} aria-pressed={previewing} testId="preview-handoff">
          {t('handoff.preview')}
        </Button>
        <Button onClick={onCancel} isDisabled={busy}>
          {t('panel.cancel')}
        </Button>
      </Row>
    </form>
  );

  function fields() {
    return (
      <>
        {text('summary', t('handoffSection.summary'), 4)}
        <h3 style={groupHeading}>{t('handoffSection.expectedBehaviours')}</h3>
        {problems.behaviours ? (
          <p role="alert" style={{ color: token('color.text.danger') }}>
            {problems.behaviours}
          </p>
        ) : null}
        <RowsEditor<DraftRow>
          noun="behaviour"
          idPrefix="edit-behaviour"
          rows={draft.behaviours}
          max={RECORD_LIMITS.behaviours}
          problems={problems}
          blank={() => ({ text: '' })}
          onChange={(behaviours) => set({ behaviours })}
        />
        <ImportBehaviours
          behaviours={draft.behaviours}
          max={RECORD_LIMITS.behaviours}
          onAdd={(rows) => set({ behaviours: [...draft.behaviours.filter((b) => b.text.trim() !== ''), ...rows] })}
        />
        <h3 style={groupHeading}>{t('handoffSection.riskAreas')}</h3>
        {problems.risks ? (
          <p role="alert" style={{ color: token('color.text.danger') }}>
            {problems.risks}
          </p>
        ) : null}
        <RowsEditor<DraftRisk>
          noun="risk"
          idPrefix="edit-risk"
          rows={draft.risks}
          max={RECORD_LIMITS.riskAreas}
          problems={problems}
          blank={() => ({ text: '', severity: 'medium' })}
          onChange={(risks) => set({ risks })}
          extra={(risk, i, update) => (
            <div style={{ width: 180 }}>
              <ChoiceSelect
                id={`edit-risk-severity-${i}`}
                label={t('handoff.severityOf', { number: i + 1 })}
                hideLabel
                value={risk.severity}
                choices={SEVERITIES.map((value) => ({ value, label: t(`handoff.severity.${value}`) }))}
                onChange={(severity) => update({ severity })}
              />
            </div>
          )}
        />
        <div style={{ height: gap.l }} />
        {text('testData', t('handoffSection.testData'), 3)}
        {text('releaseNotes', t('handoffSection.releaseNotes'), 3)}
      </>
    );
  }
}
