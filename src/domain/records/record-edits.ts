import { assign } from './assign-key';
import { recordEntry, type Approval, type GateRecords, type ItemRecords, type Tick, type Verification, type Waiver } from './records-schema';

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
