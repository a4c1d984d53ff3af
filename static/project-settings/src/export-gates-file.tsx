import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import TextArea from '@atlaskit/textarea';
import { useRef, useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { Gate } from './shared/types';

interface Exported {
  fileName: string;
  text: string;
}

/**
 * Download the v1 file, and show its text beside the button: an app's iframe may not be allowed
 * to start downloads on every browser, and copying the text always works.
 */
export function ExportGatesFile() {
  const [exported, setExported] = useState<Exported | undefined>();
  const [error, setError] = useState<ResolverError | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const textArea = useRef<HTMLTextAreaElement>(null);

  const download = async () => {
    const answer = await call<{ fileName: string; file: { gates: Gate[] } }>('exportGates');
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    const next = { fileName: answer.data.fileName, text: `${JSON.stringify(answer.data.file, null, 2)}\n` };
    setExported(next);
    const url = URL.createObjectURL(new Blob([next.text], { type: 'application/json' }));
    Object.assign(document.createElement('a'), { href: url, download: next.fileName }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async () => {
    textArea.current?.select();
    try {
      await navigator.clipboard.writeText(exported?.text ?? '');
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).');
    }
  };
  return (
    <div>
      <div className="cf-row">
        <Button testId="export" onClick={() => void download()}>
          Download gates (v1 file)
        </Button>
      </div>
      {error && <ErrorMessage error={error} placeOf={gateProblemPlace} withPath testId="export-error" />}
      {exported && (
        <div style={{ marginTop: 8 }}>
          <Label htmlFor="export-text">{`${exported.fileName} — if no download started, copy this text into a file of that name`}</Label>
          <TextArea id="export-text" ref={textArea} testId="export-text" isReadOnly isMonospaced minimumRows={8} value={exported.text} />
          <div className="cf-row" style={{ marginTop: 4 }}>
            <Button spacing="compact" testId="export-copy" onClick={() => void copy()}>
              Copy the text
            </Button>
            {copied && (
              <span className="cf-muted" role="status" data-testid="export-copied">
                {copied}
              </span>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
