import { avatarUrl } from '../../../src/domain/daci/avatar';
import { Avatar } from './avatar';
import type { Person } from './types';
import { ownEntry } from '../../../src/domain/own-entry';
import { useT } from '../../shared/use-t';

/** A person as the macro shows them: the name, and the absolute URL of their picture when it is safe to load. */
export interface ShownPerson {
  name: string;
  avatar?: string;
}

export type ShownPeople = Record<string, ShownPerson>;

/** The one place avatar URLs are made: the site (from the Forge context) plus each person's picture path. */
export function shownPeople(people: Record<string, Person>, siteUrl: string | undefined): ShownPeople {
  return Object.fromEntries(
    Object.entries(people).map(([id, p]) => {
      const avatar = avatarUrl(siteUrl, p.avatarPath);
      return [id, avatar ? { name: p.displayName, avatar } : { name: p.displayName }];
    }),
  );
}

/** A person the table names but Confluence did not: no name (the screen says "Unknown person" in the viewer's language). */
const UNKNOWN: ShownPerson = { name: '' };

export const shownPerson = (people: ShownPeople, accountId: string): ShownPerson => ownEntry(people, accountId) ?? UNKNOWN;
export const nameOf = (people: ShownPeople, accountId: string) => shownPerson(people, accountId).name;

/** One person: avatar, then the name as text. */
export function PersonName({ people, id }: { people: ShownPeople; id: string }) {
  const t = useT();
  const known = shownPerson(people, id);
  const person = known.name ? known : { ...known, name: t('person.unknown') };
  return (
    <span className="daci-person">
      <Avatar name={person.name} src={person.avatar} />
      <span className="daci-person-name">{person.name}</span>
    </span>
  );
}

/** People in a cell, each with their avatar; a dash for nobody. */
export function Names({ people, ids }: { people: ShownPeople; ids: string[] }) {
  if (ids.length === 0) return <span className="daci-muted">—</span>;
  if (ids.length === 1) return <PersonName people={people} id={ids[0]!} />;
  return (
    <ul className="daci-people">
      {ids.map((id) => (
        <li key={id}>
          <PersonName people={people} id={id} />
        </li>
      ))}
    </ul>
  );
}
