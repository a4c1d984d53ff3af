import { lazy, Suspense } from 'react';
import { FieldLabel } from './field-label';
import { NativeOptions } from './native-options';
import './fields.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface ChoiceSelectProps<V extends string> {
  id: string;
  label: string;
  value: V;
  choices: ReadonlyArray<Choice<V>>;
  onChange(value: V): void;
  /** Hide the label visually (a row whose place names it); it still names the field. */
  hideLabel?: boolean;
  /** Shown while nothing is chosen (a value matching no choice). */
  placeholder?: string;
}

// Atlaskit's select is react-select (~30 KB gzip): it loads just after first paint; meanwhile a
// native select with the same choices stands in (and works).
const AtlaskitChoice = lazy(() => import('./choice-select-atlaskit'));

/** A labelled pick-one (status, severity, a criterion kind; searchable when there are many, such as the site's fields). */
export function ChoiceSelect<V extends string>({ id, label, value, choices, onChange, hideLabel = false, placeholder }: ChoiceSelectProps<V>) {
  const fallback = (
    <select id={id} className="ss-native-control" value={value} onChange={(event) => onChange(event.target.value as V)}>
      {placeholder !== undefined && !choices.some((c) => c.value === value) ? <option value={value}>{placeholder}</option> : null}
      <NativeOptions choices={choices} />
    </select>
  );
  return (
    <div className="ss-field-block">
      <FieldLabel htmlFor={id} hidden={hideLabel}>
        {label}
      </FieldLabel>
      <Suspense fallback={fallback}>
        <AtlaskitChoice
          inputId={id}
          value={value}
          choices={choices as ReadonlyArray<Choice<string>>}
          onChange={(v) => onChange(v as V)}
          placeholder={placeholder}
        />
      </Suspense>
    </div>
  );
}
