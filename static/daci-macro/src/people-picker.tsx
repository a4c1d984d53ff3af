import { SearchPicker } from '../../shared/search-picker';
import { Avatar } from './avatar';
import { call } from './call';
import { shownPeople, type ShownPeople } from './people';
import type { FoundPerson } from './types';
import { ownEntry } from '../../../src/domain/own-entry';
import { useT } from '../../shared/use-t';

export interface PersonOption {
  label: string;
  value: string;
  avatar?: string;
}

export interface PeoplePickerProps {
  id: string;
  label: string;
  /** Chosen accountIds. */
  value: string[];
  people: ShownPeople;
  siteUrl: string | undefined;
  multi: boolean;
  onChange(ids: string[], chosen: PersonOption[]): void;
}

const optionOf = (accountId: string, name: string, avatar: string | undefined): PersonOption => ({
  value: accountId,
  label: name,
  ...(avatar ? { avatar } : {}),
});

async function search(query: string, siteUrl: string | undefined): Promise<PersonOption[]> {
  const answer = await call<{ people: FoundPerson[] }>('searchPeople', { query });
  if (!answer.ok) return [];
  const shown = shownPeople(Object.fromEntries(answer.data.people.map((p) => [p.accountId, p])), siteUrl);
  return answer.data.people.map((p) => optionOf(p.accountId, p.displayName, ownEntry(shown, p.accountId)?.avatar));
}

const optionLabel = (option: PersonOption) => (
  <span className="daci-person">
    <Avatar name={option.label} src={option.avatar} />
    {option.label}
  </span>
);

/** A labelled user picker searching Confluence users as the signed-in person (the shared search picker, with avatars). */
export function PeoplePicker({ id, label, value, people, siteUrl, multi, onChange }: PeoplePickerProps) {
  const t = useT();
  const options = value.map((v) => optionOf(v, ownEntry(people, v)?.name ?? v, ownEntry(people, v)?.avatar));
  return (
    <SearchPicker<PersonOption>
      id={id}
      label={label}
      multi={multi}
      value={options}
      search={(query) => search(query, siteUrl)}
      formatOptionLabel={optionLabel}
      placeholder={t('daci.config.typeAName')}
      noOptionsMessage={t('daci.config.nobodyFound')}
      onChange={(list) =>
        onChange(
          list.map((p) => p.value),
          list,
        )
      }
    />
  );
}
