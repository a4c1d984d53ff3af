import { useState } from 'react';
import { call, type Envelope, type ResolverError } from './shared/call';
import { ErrorMessage } from './shared/error-message';
import type { Gate, GateSetState } from './shared/types';

/** Download the project's gates as a v1 file; upload one, see every problem by path before anything is saved; merge or replace. */
export function ImportExport({ revision, onImported }: { revision: number; onImported: (state: GateSetState) => void }) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | undefined>();
  const [outcome, setOutcome] = useState<{ error?: ResolverError; done?: string } | undefined>();

  const download = async () => {
    const answer = await call<{ fileName: string; file: { gates: Gate[] } }>('exportGates');
    if (!answer.ok) return setOutcome({ error: answer.error });
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(answer.data.file, null, 2)}\n`], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: answer.data.fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const upload = async () => {
    if (!file) return;
    const answer: Envelope<GateSetState> = await call<GateSetState>('importGates', { revision, mode, text: await file.text() });
    if (!answer.ok) return setOutcome({ error: answer.error });
    setOutcome({ done: `Imported ${file.name} (${mode}).` });
    onImported(answer.data);
  };
  return (
    <section aria-label="Import and export">
      <h2>Import and export</h2>
      <div className="cf-row">
        <button type="button" className="cf-button" data-testid="export" onClick={() => void download()}>Download gates (v1 file)</button>
      </div>
      <div className="cf-row" style={{ marginTop: 8 }}>
        <label className="cf-label">Gates file<input type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => setFile(e.target.files?.[0])} /></label>
        <fieldset className="cf-row" style={{ border: 0 }}>
          <legend className="cf-label">When ids clash</legend>
          <label><input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge (keep the others)</label>
          <label><input type="radio" name="mode" data-testid="mode-replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace all gates</label>
        </fieldset>
        <button type="button" className="cf-button" data-testid="import" disabled={!file} onClick={() => void upload()}>Import</button>
      </div>
      {outcome?.error && <ErrorMessage error={outcome.error} testId="import-error" />}
      {outcome?.done && <p className="cf-message" data-appearance="success" role="status">{outcome.done}</p>}
    </section>
  );
}
