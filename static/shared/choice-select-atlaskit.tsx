import Select from '@atlaskit/select/select';
import type { Choice } from './choice-select';

/** The loaded half of ChoiceSelect: Atlaskit's select over the same choices. */
export default function AtlaskitChoice({
  inputId,
  value,
  choices,
  onChange,
}: {
  inputId: string;
  value: string;
  choices: ReadonlyArray<Choice<string>>;
  onChange(value: string): void;
}) {
  return (
    <Select<Choice<string>>
      inputId={inputId}
      options={[...choices]}
      value={choices.find((c) => c.value === value) ?? null}
      isSearchable={false}
      onChange={(picked) => picked && onChange(picked.value)}
    />
  );
}
