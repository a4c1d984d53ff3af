import type { Person } from './types';

export const nameOf = (people: Record<string, Person>, accountId: string) => people[accountId]?.displayName ?? 'Unknown person';

/** People by name, as plain text. */
export function Names({ people, ids }: { people: Record<string, Person>; ids: string[] }) {
  if (ids.length === 0) return <span className="daci-muted">—</span>;
  return <span className="daci-text">{ids.map((id) => nameOf(people, id)).join(', ')}</span>;
}
