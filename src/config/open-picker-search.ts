import * as z from 'zod';
import type { ResolverError } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { requireJiraAdmin } from './admin-rights';
import { openProjectConfig, projectKeySchema } from './open-config';
import type { Say } from '../domain/words/say';

/** What a picker sends: the words typed (the project comes from the page). */
export const pickerSearchPayload = z.strictObject({ projectKey: projectKeySchema.optional(), query: z.string().max(100) });
type Opened = { ok: true; query: string; say: Say } | { ok: false; error: ResolverError };

/**
 * The gate editor's pickers sit on a project's settings page (its admins may search) and on the
 * Jira admin page's site templates (no project: only a Jira admin may search). `what` ends the
 * refusal: "… may search groups for the site templates".
 */
export async function openPickerSearch(deps: IssueResolverDeps, request: ResolverRequest, what: 'groups' | 'people'): Promise<Opened> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(pickerSearchPayload, request.payload, say);
  if (!input.ok) return input;
  if (who.caller.contextProjectKey === undefined && input.value.projectKey === undefined) {
    const admin = await requireJiraAdmin(deps, what === 'groups' ? 'searchGroups' : 'searchPeople', say);
    return admin.ok ? { ok: true, query: input.value.query, say } : admin;
  }
  const opened = await openProjectConfig(deps, request, pickerSearchPayload, what === 'groups' ? 'pickGroups' : 'pickPeople');
  return opened.ok ? { ok: true, query: opened.input.query, say } : opened;
}
