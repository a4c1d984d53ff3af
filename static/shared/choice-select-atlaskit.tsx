import Select from '@atlaskit/select/select';
import type { Choice } from './choice-select';

// More choices than this and the select can be searched by typing (the site's fields, say).
const SEARCHABLE_FROM = 10;

/** The loaded half of ChoiceSelect: Atlaskit's select over the same choices. */
export default function AtlaskitChoice({
  inputId,
  value,
  choices,
  onChange,
  placeholder,
}: {
  inputId: string;
  value: string;
  choices: ReadonlyArray<Choice<string>>;
  onChange(value: string): void;
  placeholder?: string | undefined;
}) {
  return (
    <Select<Choice<string>>
      inputId={inputId}
      options={[...choices]}
      value={choices.find((c) => c.value === value) ?? null}
      isSearchable={choices.length > SEARCHABLE_FROM}
      {...(placeholder !== undefined ? { placeholder } : {})}
      onChange={(picked) => picked && onChange(picked.value)}
    />
  );
}
