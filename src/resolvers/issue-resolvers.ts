import type { Envelope } from './envelope';
import { resolverDefinitions } from './resolver-definitions';
import type { PanelData } from './panel-data';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { getPanel } from './get-panel';
import { saveHandoff } from './save-handoff';
import { setTick } from './set-tick';
import { verifyBehaviour } from './verify-behaviour';
import { createBug } from './create-bug';
import { approve } from './approve';
import { revokeApproval } from './revoke-approval';
import { waive } from './waive';
import { revokeWaiver } from './revoke-waiver';

type IssueResolver = (deps: IssueResolverDeps, request: ResolverRequest) => Promise<Envelope<PanelData>>;

/** Resolver name → function. Every one answers with the panel's data or an error envelope. */
export const ISSUE_RESOLVERS: Readonly<Record<string, IssueResolver>> = {
  getPanel,
  saveHandoff,
  setTick,
  verifyBehaviour,
  createBug,
  approve,
  revokeApproval,
  waive,
  revokeWaiver,
};

/** The `@forge/resolver` definitions of the work item panel, on the given ports. */
export function issueResolvers(deps: IssueResolverDeps) {
  return resolverDefinitions('resolver', ISSUE_RESOLVERS, deps);
}
