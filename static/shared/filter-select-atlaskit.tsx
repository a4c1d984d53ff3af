import Select from '@atlaskit/select/select';
import type { Choice } from './choice-select';

export interface FilterSelectControlProps {
  inputId: string;
  choices: ReadonlyArray<Choice<string>>;
  value: readonly string[];
  onChange(value: string[]): void;
  isMulti: boolean;
  placeholder: string;
}

/** The loaded half of FilterSelect: Atlaskit's select, clearable, many or one. */
export default function AtlaskitFilter({ inputId, choices, value, onChange, isMulti, placeholder }: FilterSelectControlProps) {
  const chosen = choices.filter((c) => value.includes(c.value));
  return isMulti ? (
    <Select<Choice<string>, true>
      inputId={inputId}
      isMulti
      options={[...choices]}
      value={chosen}
      placeholder={placeholder}
      onChange={(picked) => onChange(picked.map((c) => c.value))}
    />
  ) : (
    <Select<Choice<string>>
      inputId={inputId}
      options={[...choices]}
      value={chosen[0] ?? null}
      isClearable
      placeholder={placeholder}
      onChange={(picked) => onChange(picked ? [picked.value] : [])}
    />
  );
}
