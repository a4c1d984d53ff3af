import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';
import { setOwnEntry } from '../domain/own-entry';

/** The spec's limit on accountIds per users-bulk request. */
export const USERS_BULK_MAX = 250;

const usersSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      accountId: z.string(),
      displayName: z.string().nullish(),
      publicName: z.string().nullish(),
      profilePicture: z.looseObject({ path: z.string() }).nullish(),
    }),
  ),
});

export interface Person {
  displayName: string;
  /** Relative to the site (e.g. /wiki/aa-avatar/…), when Confluence gives one. */
  avatarPath?: string;
}

/** Names of people by accountId: one POST per 250 people. People Confluence does not know are left out. */
export async function getUsersBulk(access: ConfluenceAccess, accountIds: readonly string[]): Promise<ConfluenceRead<Record<string, Person>>> {
  const people: Record<string, Person> = {};
  for (let start = 0; start < accountIds.length; start += USERS_BULK_MAX) {
    const chunk = accountIds.slice(start, start + USERS_BULK_MAX);
    const read = await readConfluence(
      access,
      { method: 'POST', path: confluencePath('createBulkUserLookup'), body: { accountIds: chunk } },
      usersSchema,
      `${chunk.length} people`,
    );
    if (!read.ok) return read;
    for (const user of read.value.results) {
      const name = user.displayName || user.publicName;
      if (!name) continue;
      setOwnEntry(people, user.accountId, { displayName: name, ...(user.profilePicture?.path ? { avatarPath: user.profilePicture.path } : {}) });
    }
  }
  return { ok: true, value: people };
}
