import { AsyncSelect } from '@atlaskit/select';
import { call } from './call';
import type { FoundPerson } from './types';

export interface PersonOption { label: string; value: string }

async function search(query: string): Promise<PersonOption[]> {
  if (query.trim() === '') return [];
  const answer = await call<{ people: FoundPerson[] }>('searchPeople', { query });
  return answer.ok ? answer.data.people.map((p) => ({ label: p.displayName, value: p.accountId })) : [];
}

interface Props {
  id: string;
  label: string;
  /** Chosen accountIds. */
  value: string[];
  names: Record<string, string>;
  multi: boolean;
  onChange(ids: string[], chosen: PersonOption[]): void;
}

/** A user picker searching Confluence users as the signed-in person. */
export function PeoplePicker({ id, label, value, names, multi, onChange }: Props) {
  const options = value.map((v) => ({ value: v, label: names[v] ?? v }));
  return (
    <div className="daci-field">
      <label htmlFor={id}>{label}</label>
      <AsyncSelect<PersonOption, boolean>
        inputId={id}
        isMulti={multi}
        isClearable
        cacheOptions
        loadOptions={search}
        value={multi ? options : options[0] ?? null}
        placeholder="Type a name"
        noOptionsMessage={({ inputValue }) => (inputValue ? 'Nobody found' : 'Type part of a name')}
        onChange={(picked) => {
          const list = picked === null ? [] : Array.isArray(picked) ? [...(picked as PersonOption[])] : [picked as PersonOption];
          onChange(list.map((p) => p.value), list);
        }}
      />
    </div>
  );
}
