import { lazy, Suspense, type ReactNode } from 'react';
import { FieldLabel } from './field-label';
import { useT } from './use-t';
import type { Choice } from './choice-select';
import './fields.css';

export interface SearchPickerProps<O extends Choice<string>> {
  id: string;
  label: string;
  /** What is picked now, with the labels to show. */
  value: readonly O[];
  /** Choices for the words typed (a search of the site); or `options`, filtered as the person types. */
  search?: (query: string) => Promise<O[]>;
  options?: readonly O[];
  multi?: boolean;
  /** Offer to take what was typed as it is (a group's full name when the search cannot answer). */
  createLabel?: (typed: string) => string;
  onChange(picked: O[]): void;
  formatOptionLabel?: (option: O) => ReactNode;
  placeholder?: string;
  noOptionsMessage?: string;
  hideLabel?: boolean;
  testId?: string;
}

// react-select (~30 KB gzip) arrives just after first paint; meanwhile a read-only field of the
// same height names what is picked.
const PickerSelect = lazy(() => import('./search-picker-select'));

/** A labelled Atlaskit select that searches as the person types: people, groups, work types. */
export function SearchPicker<O extends Choice<string>>(props: SearchPickerProps<O>) {
  const t = useT();
  const shown = props.value.map((o) => o.label).join(', ');
  return (
    <div className="ss-field-block" data-testid={props.testId}>
      <FieldLabel htmlFor={props.id} hidden={props.hideLabel}>
        {props.label}
      </FieldLabel>
      <Suspense fallback={<input id={props.id} className="ss-native-control" readOnly aria-busy value={shown} placeholder={t('picker.loading')} />}>
        <PickerSelect {...(props as unknown as SearchPickerProps<Choice<string>>)} />
      </Suspense>
    </div>
  );
}
