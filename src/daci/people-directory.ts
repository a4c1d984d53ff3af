import type { Clock } from '../ports/clock';
import { getUsersBulk, type Person } from '../confluence/get-users-bulk';
import type { ConfluenceAccess, ConfluenceRead } from '../confluence/read-confluence';
import { ownEntry, setOwnEntry } from '../domain/own-entry';

export interface PeopleDirectory {
  /** Names of these people: from the cache when fresh, the rest in one batched Confluence call. */
  lookUp(access: ConfluenceAccess, accountIds: readonly string[]): Promise<ConfluenceRead<Record<string, Person>>>;
}

/** How long a name is reused before Confluence is asked again. */
export const PEOPLE_CACHE_MS = 10 * 60 * 1000;
const MAX_CACHED = 5000;

/** A per-instance cache in front of users-bulk: a warm function renders a table without asking for names again. */
export function cachedPeopleDirectory(clock: Clock): PeopleDirectory {
  const cache = new Map<string, { person: Person | undefined; at: number }>();
  return {
    async lookUp(access, accountIds) {
      const now = clock.now();
      const fresh = (id: string) => {
        const hit = cache.get(id);
        return hit !== undefined && now - hit.at < PEOPLE_CACHE_MS;
      };
      const missing = accountIds.filter((id) => !fresh(id));
      if (missing.length > 0) {
        const read = await getUsersBulk(access, missing);
        if (!read.ok) return read;
        if (cache.size + missing.length > MAX_CACHED) cache.clear();
        for (const id of missing) cache.set(id, { person: ownEntry(read.value, id), at: now });
      }
      const people: Record<string, Person> = {};
      for (const id of accountIds) {
        const person = cache.get(id)?.person;
        if (person) setOwnEntry(people, id, person);
      }
      return { ok: true, value: people };
    },
  };
}
