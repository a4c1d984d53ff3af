import type { ItemRecords } from '../domain/records/records-schema';
import { recordSizeProblem } from '../domain/records/records-limits';
import { loadRecords, revisionOf, saveRecords } from '../records/records-store';
import { appended, loadAudit, saveAudit, type AuditAction } from '../records/audit-trail';
import { CONFLICT_MESSAGE, failure, success, type Envelope, type ResolverError } from './envelope';
import type { LoadedItem } from './load-item';
import { panelData, type PanelData } from './panel-data';
import { withPeople } from './panel-people';
import { nowIso, type IssueResolverDeps } from './resolver-deps';
import { refreshSearchIndex } from './refresh-search-index';

/** What one write does to the records: an error, no change (`audit` absent), or new records. */
export type Change =
  { ok: false; error: ResolverError } | { ok: true; records: ItemRecords; audit?: { action: AuditAction; target: string; before: string; after: string } };

export const unchanged = (records: ItemRecords): Change => ({ ok: true, records });

const recordsInvalid = (item: LoadedItem, problems: Array<{ path: string; message: string }>) =>
  failure('RECORDS_INVALID', `Shipshape's records for ${item.basics.key} cannot be read, so nothing was changed. Ask a Jira admin to repair them.`, problems);

/** Reads the records and the audit trail; the panel for them. */
export async function readPanel(deps: IssueResolverDeps, item: LoadedItem): Promise<Envelope<PanelData>> {
  const [records, audit] = await Promise.all([loadRecords(deps.store, item.issueId), loadAudit(deps.store, item.issueId)]);
  if (!records.ok) return recordsInvalid(item, records.problems);
  return success(await withPeople(deps, panelData(item, records.value, audit.ok ? audit.value : [])));
}

/**
 * The one way records are written: `authorize` (rights that depend on the records, such as
 * "your own approval") first, then a stale `revision` is refused (CONFLICT) before the change is
 * even worked out, the size of the result is checked (TOO_LARGE), the audit entry appended and
 * the records saved with the next revision. Nothing is written on any refusal. After the save,
 * the item's search summary is brought in step (never failing the saved write).
 */
export async function writeRecords(
  deps: IssueResolverDeps,
  item: LoadedItem,
  revision: number,
  change: (records: ItemRecords, stamp: { accountId: string; at: string }) => Change,
  authorize?: (records: ItemRecords) => ResolverError | undefined,
): Promise<Envelope<PanelData>> {
  const [loaded, audit] = await Promise.all([loadRecords(deps.store, item.issueId), loadAudit(deps.store, item.issueId)]);
  if (!loaded.ok) return recordsInvalid(item, loaded.problems);
  if (!audit.ok)
    return recordsInvalid(
      item,
      audit.problems.map((p) => ({ ...p, path: `audit.${p.path}` })),
    );
  const refused = authorize?.(loaded.value);
  if (refused) return { ok: false, error: refused };
  const current = revisionOf(loaded.value);
  if (revision !== current)
    return failure('CONFLICT', CONFLICT_MESSAGE, [{ path: 'revision', message: `you sent revision ${revision}; the saved one is ${current}` }]);

  const stamp = { accountId: item.actor.accountId, at: nowIso(deps) };
  const result = change(loaded.value, stamp);
  if (!result.ok) return result;
  if (!result.audit) return success(await withPeople(deps, panelData(item, loaded.value, audit.value)));

  const next: ItemRecords = { ...result.records, revision: current + 1, updatedAt: stamp.at, updatedBy: stamp.accountId };
  const tooLarge = recordSizeProblem(next);
  if (tooLarge) return failure('TOO_LARGE', tooLarge.message, [tooLarge]);
  const trail = appended(audit.value, { ...stamp, ...result.audit, revision: current + 1 });
  // The trail first: a write never lands without its entry (an entry may, rarely, outlive a failed save).
  await saveAudit(deps.store, item.issueId, trail);
  await saveRecords(deps.store, item.issueId, next);
  const [data] = await Promise.all([withPeople(deps, panelData(item, next, trail)), refreshSearchIndex(deps, item, next)]);
  return success(data);
}
