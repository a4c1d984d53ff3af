import { GATES_FORMAT, type Gate } from '../domain/gates/gate-schema';
import { parseGatesFile } from '../domain/gates/parse-gates';
import { failure, success, type Envelope, type ResolverError } from '../resolvers/envelope';
import { nowIso, type IssueResolverDeps } from '../resolvers/resolver-deps';
import { gateChanges } from './gate-changes';
import { loadHistory, nextHistory, saveHistory, type NewHistoryEntry } from './gate-history';
import { gateSetState, type GateSetState } from './gate-set-state';
import { describeTarget, gatesKeyOf, type GateSetTarget } from './gate-set-target';
import { readGateSet } from './read-gate-set';
import { withNames } from './with-names';
import { addToProjectIndex } from './project-index';

/** Forge's key-value store takes values up to 240 KiB. */
export const MAX_GATE_SET_BYTES = 240 * 1024;

export type GateSetChange = { ok: false; error: ResolverError } | { ok: true; gates: unknown[]; import?: { mode: 'merge' | 'replace'; fileGates: number } };

const staleMessage = (target: GateSetTarget) =>
  `Someone else changed ${describeTarget(target)} since you opened this page. Nothing was overwritten: reload to see their changes, then make yours again.`;

/**
 * The one way a gate set is written: a stale `revision` is refused (CONFLICT) first, the new set
 * is validated as a v1 file (every problem by path, nothing saved), its size checked, the changes
 * recorded (who, when, before/after per gate) and the set saved under the next revision.
 */
export async function writeGateSet(
  deps: IssueResolverDeps,
  target: GateSetTarget,
  accountId: string,
  revision: number,
  change: (current: Gate[]) => GateSetChange,
  replacingBroken = false,
): Promise<Envelope<GateSetState>> {
  const read = await readGateSet(deps.store, target);
  if (!read.ok && !(replacingBroken && read.repairable)) return { ok: false, error: read.error };
  // A broken gates file being replaced keeps its history (which read fine) and revision.
  const repaired = read.ok ? undefined : await loadHistory(deps.store, target);
  const set = read.ok ? read.set : repaired?.ok ? { gates: [], saved: true, history: repaired.value } : undefined;
  const current = set?.history.revision ?? revision;
  if (set && revision !== current)
    return failure('CONFLICT', staleMessage(target), [{ path: 'revision', message: `you sent revision ${revision}; the saved one is ${current}` }]);

  const result = change(set?.gates ?? []);
  if (!result.ok) return result;
  const parsed = parseGatesFile({ format: GATES_FORMAT, gates: result.gates });
  if (!parsed.ok)
    return failure(
      'BAD_INPUT',
      `Nothing was saved: the gates have ${parsed.problems.length} problem(s). ${parsed.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`,
      parsed.problems,
    );
  const bytes = new TextEncoder().encode(JSON.stringify(parsed.value)).byteLength;
  if (bytes > MAX_GATE_SET_BYTES)
    return failure(
      'TOO_LARGE',
      `Nothing was saved: the gates take ${Math.ceil(bytes / 1024)} KiB, more than the ${MAX_GATE_SET_BYTES / 1024} KiB Shipshape can store for one set.`,
    );

  const history = set?.history ?? { revision: 0, entries: [] };
  const stamp = { at: nowIso(deps), accountId };
  const changes = gateChanges(set?.gates ?? [], parsed.value.gates);
  if (changes.length === 0 && set) return success(await withNames(deps, gateSetState(set)));
  const entries: NewHistoryEntry[] = result.import
    ? [
        {
          ...stamp,
          action: `import-${result.import.mode}`,
          target: 'file',
          before: `${set?.gates.length ?? 0} gate(s)`,
          after: `${parsed.value.gates.length} gate(s) after importing ${result.import.fileGates} (${changes.length} change(s))`,
        },
        ...changes.map((c) => ({ ...stamp, ...c })),
      ]
    : changes.map((c) => ({ ...stamp, ...c }));

  const next = nextHistory(history, entries);
  // The history first: a change never lands without its entry.
  await saveHistory(deps.store, target, next);
  await deps.store.set(gatesKeyOf(target), parsed.value);
  if (target.kind === 'project') await addToProjectIndex(deps.store, target.projectKey);
  return success(await withNames(deps, gateSetState({ gates: parsed.value.gates, saved: true, history: next })));
}
