import Resolver from '@forge/resolver';
import { failure, type Envelope } from './envelope';
import type { PanelData } from './panel-data';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { getPanel } from './get-panel';
import { saveHandoff } from './save-handoff';
import { setTick } from './set-tick';
import { verifyBehaviour } from './verify-behaviour';
import { approve } from './approve';
import { revokeApproval } from './revoke-approval';
import { waive } from './waive';
import { revokeWaiver } from './revoke-waiver';

type IssueResolver = (deps: IssueResolverDeps, request: ResolverRequest) => Promise<Envelope<PanelData>>;

/** Resolver name → function. Every one answers with the panel's data or an error envelope. */
export const ISSUE_RESOLVERS: Readonly<Record<string, IssueResolver>> = {
  getPanel, saveHandoff, setTick, verifyBehaviour, approve, revokeApproval, waive, revokeWaiver,
};

/** Never throws to the frontend: an unexpected failure is INTERNAL, and nothing half-done is reported as saved. */
async function guarded(name: string, run: () => Promise<Envelope<PanelData>>): Promise<Envelope<PanelData>> {
  try {
    return await run();
  } catch (error) {
    console.error(`shipshape: resolver ${name} failed`, error);
    return failure('INTERNAL', 'Shipshape hit an unexpected problem. Reload the panel to see what was saved, then try again.');
  }
}

/** The `@forge/resolver` definitions of the work item panel, on the given ports. */
export function issueResolvers(deps: IssueResolverDeps) {
  const resolver = new Resolver();
  for (const [name, run] of Object.entries(ISSUE_RESOLVERS)) {
    resolver.define(name, (request: ResolverRequest) => guarded(name, () => run(deps, request)));
  }
  return resolver.getDefinitions();
}
