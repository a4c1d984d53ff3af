import type { Gate } from '../domain/gates/gate-schema';
import { parseGatesFile } from '../domain/gates/parse-gates';
import { failure, type ResolverError } from '../resolvers/envelope';
import type { KeyValueStore } from '../ports/key-value-store';
import { parseHistory, type GateHistory } from './gate-history';
import { describeTarget, gatesKeyOf, historyKeyOf, legacyKeysOf, type GateSetTarget } from './gate-set-target';

export interface GateSet {
  gates: Gate[];
  /** Whether the set has been saved at all (a project without one uses the site's or the built-ins). */
  saved: boolean;
  history: GateHistory;
}

/**
 * A stored gate set with its history; a broken one is reported with its problems, never replaced
 * silently. `repairable`: only the gates file is broken (a replacing import or save may overwrite it).
 */
export async function readGateSet(store: KeyValueStore, target: GateSetTarget): Promise<GateSetRead> {
  const [raw, history] = await Promise.all([store.get(gatesKeyOf(target)), store.get(historyKeyOf(target))]);
  const legacy = raw === undefined && history === undefined ? legacyKeysOf(target) : undefined;
  if (legacy) return gateSetOf(target, await store.get(legacy[0]), await store.get(legacy[1]));
  return gateSetOf(target, raw, history);
}

export type GateSetRead = { ok: true; set: GateSet } | { ok: false; error: ResolverError; repairable?: true };

/** The gate set in the stored values of its gates file and its history. */
export function gateSetOf(target: GateSetTarget, raw: unknown, rawHistory: unknown): GateSetRead {
  const history = parseHistory(rawHistory);
  if (!history.ok) return failure('GATES_INVALID', `The change history of ${describeTarget(target)} cannot be read, so nothing was changed.`, history.problems);
  if (raw === undefined || raw === null) return { ok: true, set: { gates: [], saved: false, history: history.value } };
  const parsed = parseGatesFile(raw);
  if (!parsed.ok)
    return {
      repairable: true,
      ...failure(
        'GATES_INVALID',
        `${describeTarget(target)} stored by Shipshape are invalid; fix them by importing a valid file with "replace".`,
        parsed.problems,
      ),
    };
  return { ok: true, set: { gates: parsed.value.gates, saved: true, history: history.value } };
}
