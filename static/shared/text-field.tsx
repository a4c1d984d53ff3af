import Textfield from '@atlaskit/textfield';
import { Label } from '@atlaskit/form/label/default';
import './fields.css';

interface TextFieldProps {
  id: string;
  label: string;
  value?: string;
  /** For a field read on blur (e.g. a comma-separated list), instead of `value`. */
  defaultValue?: string;
  onChange?(value: string): void;
  onBlur?(value: string): void;
  placeholder?: string;
  maxLength?: number;
  testId?: string;
  isReadOnly?: boolean;
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  /** Values offered as the person types (the browser's own list); any other text is allowed too. */
  suggestions?: readonly string[];
}

/** A labelled single-line field: Atlaskit's label above Atlaskit's text field. */
export function TextField({
  id,
  label,
  value,
  defaultValue,
  onChange,
  onBlur,
  placeholder,
  maxLength,
  testId,
  isReadOnly,
  type = 'text',
  min,
  max,
  suggestions,
}: TextFieldProps) {
  const listId = suggestions?.length ? `${id}-suggestions` : undefined;
  return (
    <div className="ss-field-block">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        type={type}
        min={min}
        max={max}
        {...(value !== undefined ? { value } : { defaultValue })}
        placeholder={placeholder}
        maxLength={maxLength}
        testId={testId}
        isReadOnly={isReadOnly}
        {...(listId ? { list: listId, autoComplete: 'off' } : {})}
        onChange={(event) => onChange?.((event.target as HTMLInputElement).value)}
        onBlur={(event) => onBlur?.((event.target as HTMLInputElement).value)}
      />
      {listId ? (
        <datalist id={listId}>
          {suggestions?.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
