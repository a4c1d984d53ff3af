import * as z from 'zod';
import { GATES_FORMAT, type GatesFile } from '../domain/gates/gate-schema';
import { success, type Envelope } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import { openProjectConfig, projectKeySchema, projectTarget } from './open-config';
import { readGateSet } from './read-gate-set';

export const exportGatesPayload = z.strictObject({ projectKey: projectKeySchema.optional() });

/** `exportGates`: the project's saved gates as a v1 file, with the name to download it under. */
export async function exportGates(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<{ fileName: string; file: GatesFile }>> {
  const opened = await openProjectConfig(deps, request, exportGatesPayload, 'exportGates');
  if (!opened.ok) return opened;
  const set = await readGateSet(deps.store, projectTarget(opened.project));
  if (!set.ok) return set;
  return success({ fileName: `shipshape-gates-${opened.projectKey}.json`, file: { format: GATES_FORMAT, gates: set.set.gates } });
}
