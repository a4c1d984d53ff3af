import * as z from 'zod';
import { parseGatesFileText } from '../domain/gates/parse-gates';
import { failure, type Envelope } from '../resolvers/envelope';
import type { IssueResolverDeps } from '../resolvers/resolver-deps';
import type { ResolverRequest } from '../resolvers/resolver-request';
import type { GateSetState } from './gate-set-state';
import { mergeGates } from './merge-gates';
import { openProjectConfig, writeParts, projectTarget } from './open-config';
import { writeGateSet } from './write-gate-set';
import { MAX_IMPORT_BYTES, textBytes } from './import-limits';
import { plural } from '../domain/words/say';

export const importGatesPayload = z.strictObject({
  ...writeParts,
  text: z.string().refine((text) => textBytes(text) <= MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES / 1000} KB`),
  mode: z.enum(['merge', 'replace']),
});

/**
 * `importGates`: a v1 gates file, validated first (every problem listed by path; nothing saved
 * when any), then merged (same id replaced, new ones added at the end) or replacing the set.
 */
export async function importGates(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<GateSetState>> {
  const opened = await openProjectConfig(deps, request, importGatesPayload, 'importGates');
  if (!opened.ok) return opened;
  const { input, project, accountId, say } = opened;
  const file = parseGatesFileText(input.text);
  if (!file.ok) return failure('BAD_INPUT', plural(say, 'errors.importProblems', file.problems.length), file.problems);
  const fileGates = file.value.gates;
  return writeGateSet(
    deps,
    projectTarget(project),
    accountId,
    input.revision,
    say,
    (current) => ({
      ok: true,
      gates: input.mode === 'replace' ? fileGates : mergeGates(current, fileGates),
      import: { mode: input.mode, fileGates: fileGates.length },
    }),
    input.mode === 'replace',
  );
}
