import * as z from 'zod';
import { reindexJobKey, reindexJobSchema, reindexStatusOf, type ReindexStatus } from '../search-index/reindex-job';
import { readDoc } from '../storage/read-doc';
import { findGateSet, type GateSource } from '../gates/gate-library';
import { failure, success, type Envelope } from '../resolvers/envelope';
import { jiraFailure } from '../resolvers/jira-failure';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import type { AdminRights } from './admin-rights';
import { readRuleUsage, type RuleUsage } from './rule-usage';
import { gateSetState, type GateSetState } from './gate-set-state';
import { openProjectConfig, projectKeySchema, projectTarget } from './open-config';
import { readCatalogs, type Catalogs } from './read-catalogs';
import { readGateSet } from './read-gate-set';
import { withNames } from './with-names';
import { templatesOnOffer, type TemplateOnOffer } from './templates-on-offer';

/** Everything the project settings page shows, in one call. */
export interface ConfigData {
  projectKey: string;
  rights: AdminRights;
  project: GateSetState;
  /** Which set governs the project's items now (its own once saved, else the site's, else the built-ins). */
  governedBy: GateSource;
  templates: TemplateOnOffer[];
  siteProblem?: string;
  catalogs: Catalogs;
  /** Which workflow rules name each gate id, read from Jira as the app (or remembered, when Jira cannot be read). */
  ruleUsage: RuleUsage;
  /** The re-index of the project's search summaries under way, failed, or finished within the hour. */
  reindex?: ReindexStatus;
}

export const getConfigPayload = z.strictObject({ projectKey: projectKeySchema.optional() });

/** `getConfig`: the project's gates with where they come from, the templates, the pickers' lists, rights, revision and recent changes. */
export async function getConfig(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<ConfigData>> {
  const opened = await openProjectConfig(deps, request, getConfigPayload, 'configureGates');
  if (!opened.ok) return opened;
  const { projectKey, project, rights, say } = opened;
  const [set, governing, offer, catalogs, usage, job] = await Promise.all([
    readGateSet(deps.store, projectTarget(project)),
    findGateSet(deps.store, project),
    templatesOnOffer(deps.store),
    readCatalogs(deps, projectKey),
    readRuleUsage(deps),
    project.id ? deps.store.get(reindexJobKey(project.id)) : undefined,
  ]);
  const reindex = reindexStatusOf(readDoc(reindexJobSchema, 'reindex', job), deps.clock.now());
  if (!set.ok) return set;
  if (!catalogs.ok) return jiraFailure(catalogs, say('errors.what.readCatalogs'), say);
  if (!governing.ok && !set.set.saved) return failure('GATES_INVALID', governing.words(say));
  return success({
    projectKey,
    rights,
    project: await withNames(deps, gateSetState(set.set)),
    governedBy: governing.ok ? governing.source : 'project',
    templates: offer.templates,
    ...(offer.siteProblem ? { siteProblem: offer.siteProblem } : {}),
    catalogs: catalogs.value,
    ruleUsage: usage,
    ...(reindex ? { reindex } : {}),
  });
}
