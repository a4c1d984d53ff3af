import { lazy, Suspense } from 'react';
import { FieldLabel } from './field-label';
import type { Choice } from './choice-select';
import { NativeOptions } from './native-options';
import './fields.css';

interface FilterSelectProps {
  id: string;
  label: string;
  choices: ReadonlyArray<Choice<string>>;
  /** The chosen values: any number of them, or none (no filter). */
  value: readonly string[];
  onChange(value: string[]): void;
  /** Pick any number (statuses), or at most one (a person). */
  isMulti?: boolean;
  placeholder: string;
}

// Atlaskit's select is react-select (~30 KB gzip): it loads just after first paint, as in ChoiceSelect.
const AtlaskitFilter = lazy(() => import('./filter-select-atlaskit'));

/** A labelled list filter: Atlaskit's select, clearable; meanwhile a native select of the same height shows the first choice made. */
export function FilterSelect({ id, label, choices, value, onChange, isMulti = false, placeholder }: FilterSelectProps) {
  const fallback = (
    <select id={id} className="ss-native-control" value={value[0] ?? ''} onChange={(event) => onChange(event.target.value ? [event.target.value] : [])}>
      <option value="">{placeholder}</option>
      <NativeOptions choices={choices} />
    </select>
  );
  return (
    <div className="ss-field-block">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <Suspense fallback={fallback}>
        <AtlaskitFilter inputId={id} choices={choices} value={value} onChange={onChange} isMulti={isMulti} placeholder={placeholder} />
      </Suspense>
    </div>
  );
}
