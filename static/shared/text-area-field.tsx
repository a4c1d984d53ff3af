import { forwardRef } from 'react';
import TextArea from '@atlaskit/textarea';
import { FieldLabel } from './field-label';
import { ErrorMessage } from '@atlaskit/form/error-message';
import { CharacterCounter } from '@atlaskit/form/character-counter';
import { useT } from './use-t';
import './text-area-field.css';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Characters allowed (a live counter is shown). */
  limit: number;
  rows?: number;
  /** A problem the screen or the app found with this field. */
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  /** Hide the label visually (e.g. a list row whose position names it); it still names the field. */
  hideLabel?: boolean;
  placeholder?: string;
}

/** Atlaskit's label, text area, error message and character counter as one field: the counter shows what is used of the limit. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(props, ref) {
  const { id, label, value, onChange, limit, rows = 3, error, required, autoFocus, hideLabel, placeholder } = props;
  const t = useT();
  const number = (n: number) => n.toLocaleString(t.locale);
  const counts = { used: number(value.length), limit: number(limit), over: number(value.length - limit) };
  const over = value.length > limit;
  const counterId = `${id}-character-counter`;
  const errorId = `${id}-error`;
  const labelText = required ? t('field.required', { label }) : label;
  return (
    <div className="ss-text-area-field">
      <FieldLabel htmlFor={id} hidden={hideLabel}>
        {labelText}
      </FieldLabel>
      <TextArea
        id={id}
        ref={ref}
        minimumRows={rows}
        resize="vertical"
        value={value}
        placeholder={placeholder}
        autoFocus={autoFocus}
        isInvalid={over || Boolean(error)}
        aria-describedby={error ? `${errorId} ${counterId}` : counterId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={errorId} role="alert">
          <ErrorMessage>{error}</ErrorMessage>
        </span>
      )}
      <CharacterCounter
        inputId={id}
        currentValue={value}
        maxCharacters={limit}
        underMaximumMessage={t('field.count', counts)}
        overMaximumMessage={t('field.overLimit', counts)}
        shouldShowAsError={over}
      />
    </div>
  );
});
