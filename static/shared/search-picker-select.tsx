import AsyncSelect from '@atlaskit/select/async-select';
import AsyncCreatableSelect from '@atlaskit/select/async-creatable-select';
import type { Choice } from './choice-select';
import type { SearchPickerProps } from './search-picker';
import { useT } from './use-t';

// A created option is labelled with the offer ('Add the group "x"'); the picker hands on what was typed.
type Created = Choice<string> & { __isNew__?: boolean };
const asTyped = (o: Created): Choice<string> => (o.__isNew__ ? { value: o.value.trim(), label: o.value.trim() } : o);

const matching = (options: readonly Choice<string>[], query: string) => options.filter((o) => o.label.toLowerCase().includes(query.trim().toLowerCase()));

/** The loaded half of SearchPicker: Atlaskit's async select (creatable when the picker takes typed names). */
export default function SearchPickerSelect(props: SearchPickerProps<Choice<string>>) {
  const { id, value, search, options = [], multi = false, createLabel, onChange, formatOptionLabel, placeholder, noOptionsMessage } = props;
  const t = useT();
  const load = (query: string) => (search ? (query.trim() === '' ? Promise.resolve([]) : search(query)) : Promise.resolve(matching(options, query)));
  const common = {
    inputId: id,
    isMulti: multi,
    isClearable: true,
    cacheOptions: search !== undefined,
    defaultOptions: search ? false : [...options],
    loadOptions: load,
    value: multi ? [...value] : (value[0] ?? null),
    placeholder: placeholder ?? t(search ? 'picker.typeToSearch' : 'picker.choose'),
    noOptionsMessage: ({ inputValue }: { inputValue: string }) =>
      inputValue || !search ? (noOptionsMessage ?? t('picker.noMatches')) : t('picker.typePartOfName'),
    onChange: (picked: unknown) => onChange((picked === null ? [] : Array.isArray(picked) ? [...(picked as Created[])] : [picked as Created]).map(asTyped)),
    ...(formatOptionLabel ? { formatOptionLabel } : {}),
  };
  if (!createLabel) return <AsyncSelect<Choice<string>, boolean> {...common} />;
  return (
    <AsyncCreatableSelect<Choice<string>, boolean>
      {...common}
      formatCreateLabel={createLabel}
      isValidNewOption={(typed: string, _picked: unknown, offered: readonly unknown[]) =>
        typed.trim() !== '' && ![...value, ...(offered as Choice<string>[])].some((o) => o.value === typed.trim())
      }
    />
  );
}
