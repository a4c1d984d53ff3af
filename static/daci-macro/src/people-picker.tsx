import { AsyncSelect } from '@atlaskit/select';
import { Avatar } from './avatar';
import { call } from './call';
import { shownPeople, type ShownPeople } from './people';
import type { FoundPerson } from './types';
import { ownEntry } from '../../../src/domain/own-entry';

export interface PersonOption {
  label: string;
  value: string;
  avatar?: string;
}

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

interface Props {
  id: string;
  label: string;
  /** Chosen accountIds. */
  value: string[];
  people: ShownPeople;
  siteUrl: string | undefined;
  multi: boolean;
  onChange(ids: string[], chosen: PersonOption[]): void;
}

/** A user picker searching Confluence users as the signed-in person. */
export function PeoplePicker({ id, label, value, people, siteUrl, multi, onChange }: Props) {
  const options = value.map((v): PersonOption => ({
    value: v,
    label: ownEntry(people, v)?.name ?? v,
    ...(ownEntry(people, v)?.avatar ? { avatar: ownEntry(people, v)!.avatar } : {}),
  }));
  return (
    <div className="daci-field">
      <label htmlFor={id}>{label}</label>
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
    </div>
  );
}
