import * as z from 'zod';
import type { Envelope } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import type { GateSetState } from './gate-set-state';
import { openProjectConfig, writeParts, projectTarget } from './open-config';
import { writeGateSet } from './write-gate-set';

/** The whole list, in order: creating, editing and reordering are one save. Each gate is checked by the v1 parser. */
export const saveGatesPayload = z.strictObject({ ...writeParts, gates: z.array(z.unknown()) });

/** `saveGates`: replaces the project's gates with the edited list (Administer Projects; revision against lost updates). */
export async function saveGates(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<GateSetState>> {
  const opened = await openProjectConfig(deps, request, saveGatesPayload, 'changeGates');
  if (!opened.ok) return opened;
  const { input, project, accountId } = opened;
  return writeGateSet(deps, projectTarget(project), accountId, input.revision, opened.say, () => ({ ok: true, gates: input.gates }));
}
