import { useState, type FormEvent, type KeyboardEvent } from 'react';
import Button from '@atlaskit/button/new';
import { RECORD_LIMITS } from '../../../src/domain/records/record-limit-values';
import { TextAreaField } from '../../shared/text-area-field';
import { TextField } from '../../shared/text-field';
import { FilePicker } from '../../shared/file-picker';
import { sayProblem } from '../../../src/domain/say-problem';
import { useT } from '../../shared/use-t';
import { useQa } from './qa-context';
import { linesOf, resultProblems, type ResultInput } from './result-input';
import { Row, gap } from './ui';
import type { ResolverError } from './types';

export interface ResultFormProps {
  behaviourId: string;
  status: 'passed' | 'failed';
  busy: boolean;
  /** The app's (or Jira's) problems with what was sent. */
  error?: ResolverError;
  /** Attaches the files and records the result; false when something refused it (the form stays). */
  onSubmit(result: ResultInput): Promise<boolean>;
  onCancel(): void;
}

/** A note (focused first), where QA verified (the gates' environments offered, any text allowed), files to attach and links. */
export default function ResultFormBody({ behaviourId, status, busy, error, onSubmit, onCancel }: ResultFormProps) {
  const t = useT();
  const { environments } = useQa();
  const [note, setNote] = useState('');
  const [environment, setEnvironment] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [links, setLinks] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const noteId = `${status === 'failed' ? 'fail' : 'pass'}-note-${behaviourId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: ResultInput = { note: note.trim(), environment: environment.trim(), files, links: linesOf(links) };
    const found = resultProblems(input, t);
    setProblems(found);
    if (found.length === 0) void onSubmit(input);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  const serverProblems = error?.problems?.map((p) => sayProblem(p, t)) ?? [];
  const shown = [...problems, ...serverProblems];
  return (
    <form onSubmit={submit} onKeyDown={escape} style={{ marginTop: gap.s }} data-testid={`${noteId}-form`} noValidate>
      <TextAreaField
        id={noteId}
        label={status === 'failed' ? t('panel.verify.whatFailed') : t('result.noteOptional')}
        value={note}
        onChange={setNote}
        limit={RECORD_LIMITS.noteCharacters}
        rows={2}
        autoFocus
      />
      <TextField
        id={`environment-${behaviourId}`}
        label={t('result.environment')}
        value={environment}
        onChange={setEnvironment}
        maxLength={RECORD_LIMITS.environmentCharacters}
        suggestions={environments}
        placeholder={environments.length ? t('result.environmentPick') : t('result.environmentType')}
      />
      <FilePicker
        id={`evidence-files-${behaviourId}`}
        label={t('result.files')}
        files={files}
        multiple
        onPick={setFiles}
        testId={`evidence-files-${behaviourId}`}
      />
      <TextAreaField
        id={`evidence-links-${behaviourId}`}
        label={t('result.links')}
        value={links}
        onChange={setLinks}
        limit={RECORD_LIMITS.evidence * RECORD_LIMITS.linkCharacters}
        rows={2}
      />
      {shown.length ? (
        <ul role="alert" data-testid={`${noteId}-problems`} style={{ color: 'var(--ds-text-danger)', margin: `${gap.s} 0`, paddingLeft: 20 }}>
          {shown.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <Row>
        <Button type="submit" appearance="primary" isDisabled={busy}>
          {status === 'failed' ? t('panel.verify.markFailedSubmit') : t('result.markPassed')}
        </Button>
        <Button onClick={onCancel}>{t('panel.cancel')}</Button>
      </Row>
    </form>
  );
}
