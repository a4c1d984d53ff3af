import { useState, type FormEvent, type KeyboardEvent } from 'react';
import Button from '@atlaskit/button/new';
import { RECORD_LIMITS } from '../../../src/domain/records/record-limit-values';
import { TextAreaField } from '../../shared/text-area-field';
import { Row, gap } from './ui';
import type { ResolverError } from './types';
import { useT } from '../../shared/use-t';
import { sayProblem } from '../../../src/domain/say-problem';

export interface NoteFormProps {
  id: string;
  label: string;
  submitLabel: string;
  /** A blank text is refused here, before anything is sent. */
  required: boolean;
  busy: boolean;
  /** The app's problems with the text, if it refused it. */
  error?: ResolverError;
  onSubmit(text: string): void;
  onCancel(): void;
}

/** A short written text (waiver reason, approval comment) with its limit; Escape cancels. */
export default function NoteFormBody({ id, label, submitLabel, required, busy, error, onSubmit, onCancel }: NoteFormProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // English reads the field's name mid-sentence in lower case ("reason for waiving"); German keeps its capitals.
    const field = t.locale.startsWith('en') ? label.toLowerCase() : label;
    if (required && text.trim() === '') return setProblem(t('panel.note.blank', { field }));
    if (text.length > RECORD_LIMITS.noteCharacters)
      return setProblem(t('panel.note.tooLong', { field: label, max: RECORD_LIMITS.noteCharacters.toLocaleString(t.locale) }));
    setProblem(undefined);
    onSubmit(text.trim());
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  const serverProblem = error?.problems?.map((p) => sayProblem(p, t)).join('; ');
  return (
    <form onSubmit={submit} onKeyDown={escape} style={{ marginTop: gap.s }} data-testid={`${id}-form`} noValidate>
      <TextAreaField
        id={id}
        label={label}
        value={text}
        onChange={setText}
        limit={RECORD_LIMITS.noteCharacters}
        rows={2}
        required={required}
        autoFocus
        error={problem ?? serverProblem}
      />
      <Row>
        <Button type="submit" appearance="primary" isDisabled={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('panel.cancel')}</Button>
      </Row>
    </form>
  );
}
