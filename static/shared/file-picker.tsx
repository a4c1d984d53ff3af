import { useRef } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { useT } from './use-t';

interface FilePickerProps {
  id: string;
  label: string;
  /** Any file when absent. */
  accept?: string;
  files: readonly File[];
  /** Several files at once (the button then reads "Choose files…"). */
  multiple?: boolean;
  onPick(files: File[]): void;
  testId?: string;
}

/** Atlaskit has no file input: the browser's, hidden, opened by an Atlaskit button that names the chosen file. */
export function FilePicker({ id, label, accept, files, multiple = false, onPick, testId }: FilePickerProps) {
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
          {...(accept ? { accept } : {})}
          multiple={multiple}
          data-testid={testId}
          onChange={(e) => onPick([...(e.target.files ?? [])])}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
          tabIndex={-1}
        />
        <Button onClick={() => input.current?.click()}>{t(multiple ? 'filePicker.chooseMany' : 'filePicker.choose')}</Button>
        <span style={{ color: 'var(--ds-text-subtle)' }}>
          {files.length ? files.map((f) => f.name).join(', ') : t(multiple ? 'filePicker.noneMany' : 'filePicker.none')}
        </span>
      </div>
    </div>
  );
}
