import SectionMessage from '@atlaskit/section-message';
import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { MAX_IMPORT_BYTES, textBytes } from '../../../src/config/import-limits';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { GateSetState } from './shared/types';

const tooLarge = (bytes: number): ResolverError => ({
  code: 'BAD_INPUT',
  message: `The file is ${Math.ceil(bytes / 1000)} KB; Shipshape imports gate files of up to ${MAX_IMPORT_BYTES / 1000} KB. Nothing was sent or imported. A file with 100 gates is far smaller: check that you picked the right file.`,
});

/** Upload a v1 file, or paste its text; every problem is listed by path before anything is saved; merge or replace. */
export function ImportGatesFile({ revision, onImported }: { revision: number; onImported: (state: GateSetState) => void }) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | undefined>();
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<{ error?: ResolverError; done?: string } | undefined>();

  const upload = async () => {
    const fromText = pasted.trim() !== '';
    if (!fromText && !file) return;
    if (!fromText && file && file.size > MAX_IMPORT_BYTES) return setOutcome({ error: tooLarge(file.size) });
    // Pasted text wins over a chosen file: it is what the admin did last or on purpose.
    const text = fromText ? pasted : ((await file?.text()) ?? '');
    if (textBytes(text) > MAX_IMPORT_BYTES) return setOutcome({ error: tooLarge(textBytes(text)) });
    const answer = await call<GateSetState>('importGates', { revision, mode, text });
    if (!answer.ok) return setOutcome({ error: answer.error });
    setOutcome({ done: `Imported ${fromText ? 'the pasted text' : (file?.name ?? 'the file')} (${mode}).` });
    onImported(answer.data);
  };
  return (
    <div style={{ marginTop: 8 }}>
      <div className="cf-row">
        <label className="cf-label">
          Gates file
          <input type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <label className="cf-label cf-grow">
          …or paste the file's text
          <textarea
            className="cf-field"
            data-testid="import-text"
            rows={3}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            style={{ font: 'var(--ds-font-code)' }}
          />
        </label>
      </div>
      <div className="cf-row">
        <fieldset className="cf-row" style={{ border: 0 }}>
          <legend className="cf-label">When ids clash</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge (keep the others)
          </label>
          <label>
            <input type="radio" name="mode" data-testid="mode-replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace all gates
          </label>
        </fieldset>
        <Button testId="import" isDisabled={!file && pasted.trim() === ''} onClick={() => void upload()}>
          Import
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
