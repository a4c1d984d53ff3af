import { randomUUID } from 'node:crypto';
import type { GateEvent } from '../domain/insights/gate-event';
import { recordEntry, type ItemRecords } from '../domain/records/records-schema';
import type { AuditAction } from '../records/audit-trail';

interface SavedChange {
  item: { id: string; key: string; projectId?: string };
  audit: { action: AuditAction; target: string };
  stamp: { accountId: string; at: string };
  records: ItemRecords;
}

/** The gate event a saved records change leaves, if it is one the insights count: a waiver given or revoked, a behaviour verified. */
export function recordsEvent({ item, audit, stamp, records }: SavedChange): GateEvent | undefined {
  if (item.projectId === undefined) return undefined;
  const common = { id: randomUUID(), at: Date.parse(stamp.at), projectId: item.projectId, itemId: item.id, itemKey: item.key, by: stamp.accountId };
  if (audit.action === 'waive' || audit.action === 'revoke-waiver') {
    const [gateId = '', criterionId = ''] = audit.target.split('/');
    return { ...common, kind: audit.action === 'waive' ? 'waived' : 'waiver-revoked', gateId, criterionId };
  }
  if (audit.action === 'verify') {
    const verification = recordEntry(records.verifications, audit.target);
    return verification ? { ...common, kind: 'verified', behaviourId: audit.target, status: verification.status } : undefined;
  }
  return undefined;
}
