import { forwardRef, type ChangeEvent } from 'react';
import { token } from '@atlaskit/tokens';
import { fieldStyle, gap, labelStyle, subtle } from './ui';

const thousands = (n: number) => n.toLocaleString('en-US');

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Characters allowed (a live counter is shown). */
  limit: number;
  rows?: number;
  /** A problem the panel or the app found with this field. */
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  /** Hide the label visually (e.g. a list row whose position names it); it still names the field. */
  hideLabel?: boolean;
  placeholder?: string;
}

/** A labelled multi-line field with a character counter and its own error message. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(props, ref) {
  const { id, label, value, onChange, limit, rows = 3, error, required, autoFocus, hideLabel, placeholder } = props;
  const over = value.length > limit;
  const counterId = `${id}-count`;
  const errorId = `${id}-error`;
  return (
    <div style={{ marginBottom: gap.m }}>
      <label htmlFor={id} style={hideLabel ? { position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' } : labelStyle}>
        {label}
        {required ? ' (required)' : ''}
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={rows}
        value={value}
        placeholder={placeholder}
        autoFocus={autoFocus}
        aria-invalid={over || Boolean(error)}
        aria-describedby={error ? `${errorId} ${counterId}` : counterId}
        className="ss-field"
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        style={{ ...fieldStyle, resize: 'vertical', borderColor: over || error ? token('color.border.danger') : token('color.border.input') }}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: gap.s }}>
        <span id={errorId} role={error ? 'alert' : undefined} style={{ color: token('color.text.danger'), font: token('font.body.small') }}>
          {error}
        </span>
        <span id={counterId} style={{ ...subtle, color: over ? token('color.text.danger') : subtle.color, whiteSpace: 'nowrap' }}>
          {thousands(value.length)} / {thousands(limit)}
          {over ? ` — ${thousands(value.length - limit)} over the limit` : ''}
        </span>
      </div>
    </div>
  );
});
