import * as z from 'zod';
import { failure, type Envelope } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import type { GateSetState } from './gate-set-state';
import { openProjectConfig, writeParts, projectTarget } from './open-config';
import { writeGateSet } from './write-gate-set';
import { problem } from '../domain/problems';

export const deleteGatePayload = z.strictObject({ ...writeParts, gateId: z.string().min(1) });

/** `deleteGate`: removes one gate from the project's set. The page has already warned when a rule uses it. */
export async function deleteGate(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<GateSetState>> {
  const opened = await openProjectConfig(deps, request, deleteGatePayload, 'deleteGates');
  if (!opened.ok) return opened;
  const { input, project, accountId, say } = opened;
  return writeGateSet(deps, projectTarget(project), accountId, input.revision, say, (gates) => {
    if (!gates.some((g) => g.id === input.gateId)) {
      return failure('NOT_FOUND', say('errors.noGateToDelete', { project: project.key, gate: input.gateId }), [problem('gateId', 'problems.notFound')]);
    }
    return { ok: true, gates: gates.filter((g) => g.id !== input.gateId) };
  });
}
