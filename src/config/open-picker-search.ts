import * as z from 'zod';
import type { ResolverError } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { requireJiraAdmin } from './admin-rights';
import { openProjectConfig, projectKeySchema } from './open-config';

/** What a picker sends: the words typed (the project comes from the page). */
export const pickerSearchPayload = z.strictObject({ projectKey: projectKeySchema.optional(), query: z.string().max(100) });
type Opened = { ok: true; query: string } | { ok: false; error: ResolverError };

/**
 * The gate editor's pickers sit on a project's settings page (its admins may search) and on the
 * Jira admin page's site templates (no project: only a Jira admin may search). `what` ends the
 * refusal: "… may search groups for the site templates".
 */
export async function openPickerSearch(deps: IssueResolverDeps, request: ResolverRequest, what: string): Promise<Opened> {
  const who = callerOf(request.context);
  if (!who.ok) return who;
  const input = parsePayload(pickerSearchPayload, request.payload);
  if (!input.ok) return input;
  if (who.caller.contextProjectKey === undefined && input.value.projectKey === undefined) {
    const admin = await requireJiraAdmin(deps, `search ${what} for the site templates`);
    return admin.ok ? { ok: true, query: input.value.query } : admin;
  }
  const opened = await openProjectConfig(deps, request, pickerSearchPayload, `pick ${what} for its gates`);
  return opened.ok ? { ok: true, query: opened.input.query } : opened;
}
