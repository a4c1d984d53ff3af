import AsyncSelect from '@atlaskit/select/async-select';
import { Avatar } from './avatar';
import { call } from './call';
import { shownPeople } from './people';
import type { FoundPerson } from './types';
import type { PeoplePickerProps, PersonOption } from './people-picker';
import { ownEntry } from '../../../src/domain/own-entry';

async function search(query: string, siteUrl: string | undefined): Promise<PersonOption[]> {
  if (query.trim() === '') return [];
  const answer = await call<{ people: FoundPerson[] }>('searchPeople', { query });
  if (!answer.ok) return [];
  const shown = shownPeople(Object.fromEntries(answer.data.people.map((p) => [p.accountId, p])), siteUrl);
  return answer.data.people.map((p) => ({
    label: p.displayName,
    value: p.accountId,
    ...(ownEntry(shown, p.accountId)?.avatar ? { avatar: ownEntry(shown, p.accountId)!.avatar } : {}),
  }));
}

const optionLabel = (option: PersonOption) => (
  <span className="daci-person">
    <Avatar name={option.label} src={option.avatar} />
    {option.label}
  </span>
);

/** The picker's select, searching Confluence users as the signed-in person (loaded after the modal's first paint). */
export default function PeopleSelect({ id, value, people, siteUrl, multi, onChange }: Omit<PeoplePickerProps, 'label'>) {
  const options = value.map((v): PersonOption => ({
    value: v,
    label: ownEntry(people, v)?.name ?? v,
    ...(ownEntry(people, v)?.avatar ? { avatar: ownEntry(people, v)!.avatar } : {}),
  }));
  return (
    <AsyncSelect<PersonOption, boolean>
      inputId={id}
      isMulti={multi}
      isClearable
      cacheOptions
      loadOptions={(query: string) => search(query, siteUrl)}
      formatOptionLabel={optionLabel}
      value={multi ? options : (options[0] ?? null)}
      placeholder="Type a name"
      noOptionsMessage={({ inputValue }) => (inputValue ? 'Nobody found' : 'Type part of a name')}
      onChange={(picked) => {
        const list = picked === null ? [] : Array.isArray(picked) ? [...(picked as PersonOption[])] : [picked as PersonOption];
        onChange(
          list.map((p) => p.value),
          list,
        );
      }}
    />
  );
}
