import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import TextArea from '@atlaskit/textarea';
import { useRef, useState } from 'react';
import { call, type ResolverError } from './shared/call';
import { ErrorMessage } from '../../shared/error-message';
import type { Gate } from './shared/types';
import { useT } from '../../shared/use-t';

interface Exported {
  fileName: string;
  text: string;
}

/**
 * Download the v1 file, and show its text beside the button: an app's iframe may not be allowed
 * to start downloads on every browser, and copying the text always works.
 */
export function ExportGatesFile() {
  const t = useT();
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
      setCopied(t('export.copied'));
    } catch {
      setCopied(t('export.copyRefused'));
    }
  };
  return (
    <div>
      <div className="cf-row">
        <Button testId="export" onClick={() => void download()}>
          {t('export.download')}
        </Button>
      </div>
      {error && <ErrorMessage error={error} placeOf={gateProblemPlace} withPath testId="export-error" />}
      {exported && (
        <div style={{ marginTop: 8 }}>
          <Label htmlFor="export-text">{t('export.textLabel', { file: exported.fileName })}</Label>
          <TextArea id="export-text" ref={textArea} testId="export-text" isReadOnly isMonospaced minimumRows={8} value={exported.text} />
          <div className="cf-row" style={{ marginTop: 4 }}>
            <Button spacing="compact" testId="export-copy" onClick={() => void copy()}>
              {t('export.copy')}
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
