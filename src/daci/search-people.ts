import * as z from 'zod';
import { failure, success, type Envelope } from '../resolvers/envelope';
import { parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { searchUsers, type FoundPerson } from '../confluence/search-users';
import { confluenceAsUser, type DaciDeps } from './daci-deps';
import { confluenceFailure } from './confluence-failure';
import { sayFor } from '../resolvers/resolver-deps';

const searchPayload = z.strictObject({ query: z.string().trim().min(1, 'problems.typeName').max(100) });
const MAX_RESULTS = 10;

/** `searchPeople`: the config's user pickers. Searched as the caller, so they find only whom Confluence shows them. */
export async function searchPeople(deps: DaciDeps, request: ResolverRequest): Promise<Envelope<{ people: FoundPerson[] }>> {
  const say = await sayFor(deps, request);
  const accountId = (request.context as { accountId?: unknown } | undefined)?.accountId;
  if (typeof accountId !== 'string' || accountId === '') return failure('FORBIDDEN', say('daciErrors.logInPeople'));
  const payload = parsePayload(searchPayload, request.payload, say);
  if (!payload.ok) return payload;
  const found = await searchUsers(confluenceAsUser(deps), payload.value.query, MAX_RESULTS);
  return found.ok ? success({ people: found.value }) : confluenceFailure(found, say);
}
