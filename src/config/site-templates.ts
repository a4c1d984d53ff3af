import * as z from 'zod';
import { success, type Envelope } from '../resolvers/envelope';
import { sayFor, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { callerOf, parsePayload, type ResolverRequest } from '../resolvers/resolver-request';
import { requireJiraAdmin } from './admin-rights';
import { gateSetState, type GateSetState } from './gate-set-state';
import { readGateSet } from './read-gate-set';
import { withNames } from './with-names';
import { writeGateSet } from './write-gate-set';
import { BUILT_IN_TEMPLATES } from '../domain/templates';
import type { Gate } from '../domain/gates/gate-schema';
import { readSiteCatalogs, type Catalogs } from './read-catalogs';
import { jiraFailure } from '../resolvers/jira-failure';
import { retentionMonths } from '../insights/retention';
import { reindexStatusOf } from '../search-index/reindex-job';
import { SITE_REINDEX_KEY, siteReindexJobSchema } from '../search-index/site-reindex-job';
import { readDoc } from '../storage/read-doc';

export interface SiteTemplatesData {
  site: GateSetState;
  builtIn: Gate[];
  /** The editor's pickers: Jira's fields and link types (no project, so no project roles). */
  catalogs?: Catalogs;
  /** How long the gate insights keep their figures and events, in months. */
  retentionMonths?: number;
}

/** `getSiteTemplates`: the site-wide templates every project can start from (Jira admins only), and the re-index their last change started. */
export async function getSiteTemplates(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<SiteTemplatesData>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(z.strictObject({}), request.payload, say);
  if (!input.ok) return input;
  const admin = await requireJiraAdmin(deps, 'seeTemplates', say);
  if (!admin.ok) return admin;
  const [set, catalogs, months, job] = await Promise.all([
    readGateSet(deps.store, { kind: 'site' }),
    readSiteCatalogs(deps),
    retentionMonths(deps.store),
    deps.store.get(SITE_REINDEX_KEY),
  ]);
  if (!set.ok) return set;
  if (!catalogs.ok) return jiraFailure(catalogs, say('errors.what.readSiteCatalogs'), say);
  const reindex = reindexStatusOf(readDoc(siteReindexJobSchema, SITE_REINDEX_KEY, job), deps.clock.now());
  const site = { ...(await withNames(deps, gateSetState(set.set))), ...(reindex ? { reindex } : {}) };
  return success({ site, builtIn: [...BUILT_IN_TEMPLATES], catalogs: catalogs.value, retentionMonths: months });
}

export const saveSiteTemplatesPayload = z.strictObject({ revision: z.number().int().min(0), gates: z.array(z.unknown()) });

/** `saveSiteTemplates`: replaces the site's templates (Jira admins only; revision against lost updates; audited). */
export async function saveSiteTemplates(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<SiteTemplatesData>> {
  const say = await sayFor(deps, request);
  const who = callerOf(request.context, say);
  if (!who.ok) return who;
  const input = parsePayload(saveSiteTemplatesPayload, request.payload, say);
  if (!input.ok) return input;
  const admin = await requireJiraAdmin(deps, 'changeTemplates', say);
  if (!admin.ok) return admin;
  const saved = await writeGateSet(
    deps,
    { kind: 'site' },
    who.caller.accountId,
    input.value.revision,
    say,
    () => ({ ok: true, gates: input.value.gates }),
    true,
  );
  return saved.ok ? success({ site: saved.data, builtIn: [...BUILT_IN_TEMPLATES] }) : saved;
}
