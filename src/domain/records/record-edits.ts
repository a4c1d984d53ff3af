import { recordEntry, type Approval, type GateRecords, type Handoff, type ItemRecords, type Tick, type Verification, type Waiver } from './records-schema';

/**
 * Pure edits of a work item's records. Each returns new records and leaves its input untouched.
 * Maps are rebuilt with computed keys, so an id such as `constructor` is an own entry like any other.
 */

type Map<T> = Record<string, T>;

const put = <T>(map: Map<T> | undefined, key: string, value: T | undefined): Map<T> | undefined => {
  const rest = Object.fromEntries(Object.entries(map ?? {}).filter(([k]) => k !== key));
  const next = value === undefined ? rest : { ...rest, [key]: value };
  return Object.keys(next).length ? next : undefined;
};

/** Sets a key, dropping it when `value` is undefined (no empty objects are left behind). */
function assign<O extends object, K extends keyof O>(object: O, key: K, value: O[K] | undefined): O {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function editGate(records: ItemRecords, gateId: string, edit: (gate: GateRecords) => GateRecords): ItemRecords {
  const edited = edit(recordEntry(records.gates, gateId) ?? {});
  const empty = Object.values(edited).every((v) => v === undefined);
  return assign(records, 'gates', put(records.gates, gateId, empty ? undefined : edited));
}

export const withTick = (records: ItemRecords, gateId: string, criterionId: string, tick: Tick | undefined) =>
  editGate(records, gateId, (g) => assign(g, 'ticks', put(g.ticks, criterionId, tick)));

export const withWaiver = (records: ItemRecords, gateId: string, criterionId: string, waiver: Waiver | undefined) =>
  editGate(records, gateId, (g) => assign(g, 'waivers', put(g.waivers, criterionId, waiver)));

export const approvalsOf = (records: ItemRecords, gateId: string, criterionId: string): Approval[] =>
  recordEntry(recordEntry(records.gates, gateId)?.approvals, criterionId) ?? [];

/** Adds an approval unless the person already approved (approving twice changes nothing). */
export function withApproval(records: ItemRecords, gateId: string, criterionId: string, approval: Approval): ItemRecords {
  const current = approvalsOf(records, gateId, criterionId);
  if (current.some((a) => a.accountId === approval.accountId)) return records;
  return editGate(records, gateId, (g) => assign(g, 'approvals', put(g.approvals, criterionId, [...current, approval])));
}

export function withoutApprovalsBy(records: ItemRecords, gateId: string, criterionId: string, accountId: string): ItemRecords {
  const kept = approvalsOf(records, gateId, criterionId).filter((a) => a.accountId !== accountId);
  return editGate(records, gateId, (g) => assign(g, 'approvals', put(g.approvals, criterionId, kept.length ? kept : undefined)));
}

export const withVerification = (records: ItemRecords, behaviourId: string, verification: Verification | undefined) =>
  assign(records, 'verifications', put(records.verifications, behaviourId, verification));

/** A behaviour or risk area as the panel sends it: without an id when it is new. */
export interface HandoffEntryInput {
  id?: string | undefined;
  text: string;
}
export interface HandoffInput {
  summary?: string | undefined;
  expectedBehaviours?: HandoffEntryInput[] | undefined;
  riskAreas?: Array<HandoffEntryInput & { severity: 'high' | 'medium' | 'low' }> | undefined;
  testData?: string | undefined;
  releaseNotes?: string | undefined;
}

/** Gives new entries the next free id `<prefix><n>`, never reusing one in `taken`. */
function withIds<T extends HandoffEntryInput>(entries: T[], prefix: string, taken: Iterable<string>): Array<T & { id: string }> {
  const numberOf = (id: string) => (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)) ? Number(id.slice(prefix.length)) : 0);
  let next = Math.max(0, ...[...taken, ...entries.map((e) => e.id ?? '')].map(numberOf)) + 1;
  return entries.map((entry) => ({ ...entry, id: entry.id ?? `${prefix}${next++}` }));
}

/**
 * Replaces the sections the input names and keeps the others. Verifications of behaviours that
 * are no longer in the package are dropped, so removed behaviours cannot grow the records.
 */
export function withHandoff(records: ItemRecords, input: HandoffInput): ItemRecords {
  const old: Handoff = records.handoff ?? {};
  const handoff: Handoff = { ...old };
  for (const key of ['summary', 'testData', 'releaseNotes'] as const) if (input[key] !== undefined) handoff[key] = input[key];
  if (input.expectedBehaviours) {
    const taken = [...(old.expectedBehaviours ?? []).map((b) => b.id), ...Object.keys(records.verifications ?? {})];
    handoff.expectedBehaviours = withIds(input.expectedBehaviours, 'b', taken).map(({ id, text }) => ({ id, text }));
  }
  if (input.riskAreas) {
    handoff.riskAreas = withIds(
      input.riskAreas,
      'r',
      (old.riskAreas ?? []).map((r) => r.id),
    ).map(({ id, text, severity }) => ({ id, text, severity }));
  }
  const ids = new Set((handoff.expectedBehaviours ?? []).map((b) => b.id));
  const verifications = Object.fromEntries(Object.entries(records.verifications ?? {}).filter(([id]) => ids.has(id)));
  return assign(assign(records, 'handoff', handoff), 'verifications', Object.keys(verifications).length ? verifications : undefined);
}
