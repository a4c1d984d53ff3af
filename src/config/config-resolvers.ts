import type { Envelope } from '../resolvers/envelope';
import { resolverDefinitions } from '../resolvers/resolver-definitions';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { getConfig } from './get-config';
import { saveGates } from './save-gates';
import { deleteGate } from './delete-gate';
import { importGates } from './import-gates';
import { exportGates } from './export-gates';
import { dryRun } from './dry-run';
import { searchGroups } from './search-groups';
import { searchPeople } from './search-people';
import { getSiteTemplates, saveSiteTemplates } from './site-templates';
import { chooseRuleGate, getRuleOptions } from './rule-options';
import { saveInsightRetention } from './insight-retention';

type ConfigResolver = (deps: IssueResolverDeps, request: ResolverRequest) => Promise<Envelope<unknown>>;

/** Resolver name → function, for the project settings page, the admin page and the workflow rule screens. */
export const CONFIG_RESOLVERS: Readonly<Record<string, ConfigResolver>> = {
  getConfig,
  saveGates,
  deleteGate,
  importGates,
  exportGates,
  dryRun,
  searchGroups,
  searchPeople,
  getSiteTemplates,
  saveSiteTemplates,
  getRuleOptions,
  chooseRuleGate,
  saveInsightRetention,
};

/** The `@forge/resolver` definitions of the `config-resolver` function, on the given ports. */
export function configResolvers(deps: IssueResolverDeps) {
  return resolverDefinitions('config resolver', CONFIG_RESOLVERS, deps);
}
