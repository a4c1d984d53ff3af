import * as z from 'zod';
import { jiraPath } from '../jira/jira-path';
import { readJira } from '../jira/read-jira';
import { success, type Envelope } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import { asUser, sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';

const payloadSchema = z.strictObject({ query: z.string().max(100) });
const answerSchema = z.looseObject({ values: z.array(z.looseObject({ id: z.string(), key: z.string(), name: z.string().optional() })) });

export interface GadgetProject {
  id: string;
  key: string;
  name: string;
}

/**
 * `searchGadgetProjects`: the projects whose names or keys match, for the insights gadget's
 * settings. Asked as the caller with Browse Projects, so Jira lists only projects they may browse.
 */
export async function searchGadgetProjects(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ projects: GadgetProject[] }>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(payloadSchema, request.payload, say);
  if (!input.ok) return input;
  const query = { query: input.value.query.trim(), maxResults: '20', action: 'browse' };
  const read = await readJira(asUser(deps), { method: 'GET', path: jiraPath('searchProjects', {}), query }, answerSchema, 'projects matching your search');
  if (!read.ok) return jiraFailure(read, say('errors.what.searchProjects'), say);
  return success({ projects: read.value.values.map((p) => ({ id: p.id, key: p.key, name: p.name ?? p.key })) });
}
