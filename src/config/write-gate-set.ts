import { GATES_FORMAT, type Gate } from '../domain/gates/gate-schema';
import { parseGatesFile } from '../domain/gates/parse-gates';
import { failure, success, type Envelope, type ResolverError } from '../resolvers/envelope';
import { nowIso, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { gateChanges, saidSides } from './gate-changes';
import { historyValue, nextHistory, parseHistory, type NewHistoryEntry } from './gate-history';
import { gateSetState, type GateSetState } from './gate-set-state';
import { gatesKeyOf, historyKeyOf, type GateSetTarget } from './gate-set-target';
import { aliasIdOf, projectAliasKey } from '../gates/project-keys';
import { gateSetOf, type GateSet } from './read-gate-set';
import { withNames } from './with-names';
import { indexWith, PROJECT_INDEX_KEY } from './project-index';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import { startReindexOf } from '../search-index/start-reindex-of';
import { plural, type Say } from '../domain/words/say';
import { type Problem, problem } from '../domain/problems';
import { sayProblem } from '../domain/say-problem';
import { gateProblemPlace } from '../domain/gates/problem-place';

/** Forge's store takes values up to 240 KiB, stored with their version (forge-kvs-store.ts): room is left for it. */
export const MAX_GATE_SET_BYTES = 236 * 1024;

export type GateSetChange = { ok: false; error: ResolverError } | { ok: true; gates: unknown[]; import?: { mode: 'merge' | 'replace'; fileGates: number } };

const staleMessage = (target: GateSetTarget, say: Say) =>
  say(target.kind === 'site' ? 'errors.staleSite' : 'errors.staleProject', { project: target.kind === 'site' ? '' : target.projectKey });

/**
 * The one way a gate set is written: a stale `revision` is refused (CONFLICT) first, the new set
 * is validated as a v1 file (every problem by path, nothing saved), its size checked, the changes
 * recorded (who, when, before/after per gate) and the set, its history and the project index
 * committed together on condition that none moved since they were read.
 */
export async function writeGateSet(
  deps: IssueResolverDeps,
  target: GateSetTarget,
  accountId: string,
  revision: number,
  say: Say,
  change: (current: Gate[]) => GateSetChange,
  replacingBroken = false,
): Promise<Envelope<GateSetState>> {
  // The key's alias names the project's id, so the validator finds a project's first set too.
  const alias = target.kind === 'project' && target.projectId !== undefined ? { key: projectAliasKey(target.projectKey), id: target.projectId } : undefined;
  const keys = [gatesKeyOf(target), historyKeyOf(target), PROJECT_INDEX_KEY, ...(alias ? [alias.key] : [])];
  const outcome = await updateAtomically(deps.store, keys, ([rawGates, rawHistory, rawIndex, rawAlias]): UpdatePlan<Planned> => {
    const read = gateSetOf(target, rawGates, rawHistory);
    if (!read.ok && !(replacingBroken && read.repairable)) return { answer: { ok: false, error: read.error } };
    // A broken gates file being replaced keeps its history (which read fine) and revision.
    const repaired = read.ok ? undefined : parseHistory(rawHistory);
    const set = read.ok ? read.set : repaired?.ok ? { gates: [], saved: true, history: repaired.value } : undefined;
    const current = set?.history.revision ?? revision;
    if (set && revision !== current)
      return {
        answer: failure('CONFLICT', staleMessage(target, say), [problem('revision', 'problems.staleVersion', { revision, current })]),
      };

    const result = change(set?.gates ?? []);
    if (!result.ok) return { answer: result };
    const parsed = parseGatesFile({ format: GATES_FORMAT, gates: result.gates });
    if (!parsed.ok) return { answer: invalidGates(parsed.problems, say) };
    const bytes = new TextEncoder().encode(JSON.stringify(parsed.value)).byteLength;
    if (bytes > MAX_GATE_SET_BYTES)
      return {
        answer: failure('TOO_LARGE', say('errors.gatesTooLarge', { size: Math.ceil(bytes / 1024), max: MAX_GATE_SET_BYTES / 1024 })),
      };
    const changes = gateChanges(set?.gates ?? [], parsed.value.gates);
    if (changes.length === 0 && set) return { answer: { ok: true, set } };
    const stamp = { at: nowIso(deps), accountId };
    const next = nextHistory(
      set?.history ?? { revision: 0, entries: [] },
      historyEntries(stamp, set?.gates.length ?? 0, parsed.value.gates.length, result, changes),
    );
    const index =
      target.kind === 'project' ? indexWith(rawIndex, { key: target.projectKey, ...(target.projectId ? { id: target.projectId } : {}) }) : undefined;
    // One commit: the gates never land without their history entry, nor the project left out of the index.
    const writes = [
      { key: keys[0]!, value: parsed.value },
      { key: keys[1]!, value: historyValue(next) },
      ...(index ? [{ key: PROJECT_INDEX_KEY, value: index }] : []),
      ...(alias && aliasIdOf(rawAlias) !== alias.id ? [{ key: alias.key, value: { id: alias.id } }] : []),
    ];
    return { writes, answer: { ok: true, set: { gates: parsed.value.gates, saved: true, history: next }, changed: true } };
  });
  if (outcome === CONTENDED) return failure('CONFLICT', staleMessage(target, say));
  if (!outcome.ok) return outcome;
  // The search summaries of the items these gates govern follow them, in batches on the queue.
  const reindex = 'changed' in outcome && deps.sendReindex ? await startReindexOf(deps.store, deps.sendReindex, target, deps.clock.now()) : undefined;
  return success({ ...(await withNames(deps, gateSetState(outcome.set))), ...(reindex ? { reindex } : {}) });
}

type Planned = { ok: false; error: ResolverError } | { ok: true; set: GateSet; changed?: true };

const invalidGates = (problems: Problem[], say: Say) =>
  failure(
    'BAD_INPUT',
    plural(say, 'errors.invalidGates', problems.length, {
      problems: problems
        .slice(0, 3)
        .map((p) => `${gateProblemPlace(p.path, say)}: ${sayProblem(p, say)}`)
        .join('; '),
    }),
    problems,
  );

function historyEntries(
  stamp: { at: string; accountId: string },
  before: number,
  after: number,
  result: Extract<GateSetChange, { ok: true }>,
  changes: ReturnType<typeof gateChanges>,
): NewHistoryEntry[] {
  const each = changes.map((c) => ({ ...stamp, ...c }));
  if (!result.import) return each;
  const sides = saidSides(
    { key: 'gates', count: before },
    { key: 'imported', count: after, values: { file: result.import.fileGates, changes: changes.length } },
  );
  return [{ ...stamp, action: `import-${result.import.mode}`, target: 'file', ...sides }, ...each];
}
