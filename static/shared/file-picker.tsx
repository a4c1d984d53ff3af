import { useRef } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { useT } from './use-t';

interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  file: File | undefined;
  onPick(file: File | undefined): void;
  testId?: string;
}

/** Atlaskit has no file input: the browser's, hidden, opened by an Atlaskit button that names the chosen file. */
export function FilePicker({ id, label, accept, file, onPick, testId }: FilePickerProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="ss-field-block">
      <Label htmlFor={id}>{label}</Label>
      <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--ds-space-100, 8px)' }}>
        <input
          id={id}
          ref={input}
          type="file"
          accept={accept}
          data-testid={testId}
          onChange={(e) => onPick(e.target.files?.[0])}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
          tabIndex={-1}
        />
        <Button onClick={() => input.current?.click()}>{t('filePicker.choose')}</Button>
        <span style={{ color: 'var(--ds-text-subtle)' }}>{file ? file.name : t('filePicker.none')}</span>
      </div>
    </div>
  );
}
