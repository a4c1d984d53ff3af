import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { Radio } from '@atlaskit/radio';
import TextArea from '@atlaskit/textarea';
import { FilePicker } from '../../shared/file-picker';
import { useState } from 'react';
import { MAX_IMPORT_BYTES, textBytes } from '../../../src/config/import-limits';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { GateSetState } from './shared/types';
import { useT } from '../../shared/use-t';
import type { Translate } from '../../shared/translate';

const tooLarge = (bytes: number, t: Translate): ResolverError => ({
  code: 'BAD_INPUT',
  message: t('import.tooLarge', { size: Math.ceil(bytes / 1000), max: MAX_IMPORT_BYTES / 1000 }),
});

/** Upload a v1 file, or paste its text; every problem is listed by path before anything is saved; merge or replace. */
export function ImportGatesFile({ revision, onImported }: { revision: number; onImported: (state: GateSetState) => void }) {
  const t = useT();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | undefined>();
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<{ error?: ResolverError; done?: string } | undefined>();

  const upload = async () => {
    const fromText = pasted.trim() !== '';
    if (!fromText && !file) return;
    if (!fromText && file && file.size > MAX_IMPORT_BYTES) return setOutcome({ error: tooLarge(file.size, t) });
    // Pasted text wins over a chosen file: it is what the admin did last or on purpose.
    const text = fromText ? pasted : ((await file?.text()) ?? '');
    if (textBytes(text) > MAX_IMPORT_BYTES) return setOutcome({ error: tooLarge(textBytes(text), t) });
    const answer = await call<GateSetState>('importGates', { revision, mode, text });
    if (!answer.ok) return setOutcome({ error: answer.error });
    setOutcome({ done: fromText ? t(`import.donePasted.${mode}`) : t(`import.doneFile.${mode}`, { file: file?.name ?? '' }) });
    onImported(answer.data);
  };
  return (
    <div style={{ marginTop: 8 }}>
      <div className="cf-row">
        <FilePicker
          id="import-file"
          label={t('import.file')}
          accept="application/json,.json"
          testId="import-file"
          files={file ? [file] : []}
          onPick={(picked) => setFile(picked[0])}
        />
        <div className="cf-grow">
          <Label htmlFor="import-text">{t('import.paste')}</Label>
          <TextArea id="import-text" testId="import-text" minimumRows={3} isMonospaced value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </div>
      </div>
      <div className="cf-row">
        <fieldset className="cf-row" style={{ border: 0 }}>
          <legend className="cf-label">{t('import.whenClash')}</legend>
          <Radio name="mode" value="merge" label={t('import.merge')} isChecked={mode === 'merge'} onChange={() => setMode('merge')} />
          <Radio
            name="mode"
            value="replace"
            label={t('import.replace')}
            testId="mode-replace"
            isChecked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
        </fieldset>
        <Button testId="import" isDisabled={!file && pasted.trim() === ''} onClick={() => void upload()}>
          {t('import.import')}
        </Button>
      </div>
      {outcome?.error && <ErrorMessage error={outcome.error} placeOf={gateProblemPlace} withPath testId="import-error" />}
      {outcome?.done && (
        <div role="status">
          <SectionMessage appearance="success">{outcome.done}</SectionMessage>
        </div>
      )}
    </div>
  );
}
