import * as z from 'zod';
import { confluencePath } from './confluence-operations';
import { readConfluence, type ConfluenceAccess, type ConfluenceRead } from './read-confluence';

const searchSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      user: z
        .looseObject({
          accountId: z.string().nullish(),
          displayName: z.string().nullish(),
          publicName: z.string().nullish(),
          accountType: z.string().nullish(),
          profilePicture: z.looseObject({ path: z.string() }).nullish(),
        })
        .nullish(),
    }),
  ),
});

export interface FoundPerson {
  accountId: string;
  displayName: string;
  /** Relative to the site, when Confluence gives one (as in users-bulk). */
  avatarPath?: string;
}

/** CQL string literal: backslashes and double quotes escaped, so typed text cannot change the query. */
export const cqlString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Licensed people (not apps) whose full name matches `query`, as the caller may see them. */
export async function searchUsers(access: ConfluenceAccess, query: string, limit: number): Promise<ConfluenceRead<FoundPerson[]>> {
  const request = { method: 'GET' as const, path: confluencePath('searchUsers'), query: { cql: `user.fullname~${cqlString(query)}`, limit: String(limit) } };
  const read = await readConfluence(access, request, searchSchema, 'people');
  if (!read.ok) return read;
  const people = read.value.results.flatMap(({ user }) => {
    const name = user?.displayName || user?.publicName;
    if (!user?.accountId || !name || user.accountType === 'app') return [];
    return [{ accountId: user.accountId, displayName: name, ...(user.profilePicture?.path ? { avatarPath: user.profilePicture.path } : {}) }];
  });
  return { ok: true, value: people };
}
