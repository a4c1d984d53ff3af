import { recordEntry, type ItemRecords, type Verification } from '../domain/records/records-schema';
import { recordSizeProblem } from '../domain/records/records-limits';
import { parseRecords } from '../domain/records/parse-records';
import { loadRecords, recordsKey, revisionOf } from '../records/records-store';
import { appended, auditKey, auditValue, loadAudit, parseAudit, type AuditAction, type AuditTrail } from '../records/audit-trail';
import { historyKey, historyValue, loadHistory, parseHistory, withResult } from '../records/verification-history';
import { historyView } from './history-view';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import { readNextTransitions } from '../next-steps/read-next-transitions';
import { failure, success, type Envelope, type ResolverError } from './envelope';
import type { LoadedItem } from './load-item';
import { panelData, type PanelData } from './panel-data';
import { withPeople } from './panel-people';
import { decisionsView } from './decisions-view';
import { nowIso, type IssueResolverDeps } from './resolver-deps';
import { refreshSearchIndex } from './refresh-search-index';
import { recordsEvent } from '../insights/records-event';
import { sendWithin } from '../insights/send-within';
import type { GateEvent } from '../domain/insights/gate-event';
import { problem } from '../domain/problems';

/**
 * What one write does to the records: an error, no change (`audit` absent), or new records;
 * `result`: QA's verification, kept in the behaviour's history too (only with `history` asked of writeRecords).
 */
export type Change =
  | { ok: false; error: ResolverError }
  | {
      ok: true;
      records: ItemRecords;
      audit?: { action: AuditAction; target: string; before: string; after: string };
      result?: Verification & { behaviourId: string };
    };

type Written = { ok: false; error: ResolverError } | { ok: true; records: ItemRecords; trail: AuditTrail; saved?: true; event?: GateEvent };

export const unchanged = (records: ItemRecords): Change => ({ ok: true, records });

const recordsInvalid = (item: LoadedItem, problems: Array<{ path: string; message: string }>) =>
  failure('RECORDS_INVALID', item.say('errors.recordsInvalid', { item: item.basics.key }), problems);

/**
 * The panel's data; with `withNext`, also the transitions the caller may take now (read beside
 * the records); with `historyOf`, every result QA recorded on that behaviour.
 */
export async function readPanel(
  deps: IssueResolverDeps,
  item: LoadedItem,
  options: { withNext?: boolean; historyOf?: string } = {},
): Promise<Envelope<PanelData>> {
  const [records, audit, next, history] = await Promise.all([
    loadRecords(deps.store, item.issueId),
    loadAudit(deps.store, item.issueId),
    options.withNext ? readNextTransitions(deps, item) : undefined,
    options.historyOf !== undefined ? loadHistory(deps.store, item.issueId) : undefined,
  ]);
  if (!records.ok) return recordsInvalid(item, records.problems);
  if (history && !history.ok)
    return recordsInvalid(
      item,
      history.problems.map((p) => ({ ...p, path: `history.${p.path}` })),
    );
  const data = panelData(item, records.value, audit.ok ? audit.value : { entries: [], dropped: 0 });
  const shownHistory =
    history?.ok && options.historyOf !== undefined
      ? { history: historyView(history.value, options.historyOf, recordEntry(records.value.verifications, options.historyOf)) }
      : {};
  // Only a full read lists the decisions (a write's answer leaves them out; the panel keeps the last it had).
  const decisions = await decisionsView(deps, item.decisions);
  return success(await withPeople(deps, { ...data, ...shownHistory, ...(next ? { next } : {}), ...(decisions ? { decisions } : {}) }));
}

/**
 * The one way records are written: `authorize` (rights that depend on the records, such as
 * "your own approval") first, then a stale `revision` is refused (CONFLICT) before the change is
 * even worked out, the size of the result is checked (TOO_LARGE), and the records with the next
 * revision and their audit entry are committed together, on condition that neither moved since
 * they were read (another writer's commit in between means a fresh read, where the revision
 * check refuses). Nothing is written on any refusal. After the commit the item's search summary
 * is brought in step (never failing the saved write).
 */
export async function writeRecords(
  deps: IssueResolverDeps,
  item: LoadedItem,
  /** The revision the caller read; `latest` only for a record of something already done outside (a bug Jira created). */
  revision: number | 'latest',
  change: (records: ItemRecords, stamp: { accountId: string; at: string }) => Change,
  authorize?: (records: ItemRecords) => ResolverError | undefined,
  /** `history`: the change may record a QA result, committed with the records into the item's verification history. */
  options: { history?: boolean } = {},
): Promise<Envelope<PanelData>> {
  const keys = [recordsKey(item.issueId), auditKey(item.issueId), ...(options.history ? [historyKey(item.issueId)] : [])];
  const outcome = await updateAtomically(deps.store, keys, ([rawRecords, rawAudit, rawHistory]): UpdatePlan<Written> => {
    const loaded = parseRecords(rawRecords);
    if (!loaded.ok) return { answer: recordsInvalid(item, loaded.problems) };
    const audit = parseAudit(rawAudit);
    if (!audit.ok)
      return {
        answer: recordsInvalid(
          item,
          audit.problems.map((p) => ({ ...p, path: `audit.${p.path}` })),
        ),
      };
    const refused = authorize?.(loaded.value);
    if (refused) return { answer: { ok: false, error: refused } };
    const current = revisionOf(loaded.value);
    if (revision !== 'latest' && revision !== current)
      return {
        answer: failure('CONFLICT', item.say('errors.conflict'), [problem('revision', 'problems.staleVersion', { revision, current })]),
      };

    const stamp = { accountId: item.actor.accountId, at: nowIso(deps) };
    const result = change(loaded.value, stamp);
    if (!result.ok) return { answer: result };
    if (!result.audit) return { answer: { ok: true, records: loaded.value, trail: audit.value } };
    const next: ItemRecords = { ...result.records, revision: current + 1, updatedAt: stamp.at, updatedBy: stamp.accountId };
    const tooLarge = recordSizeProblem(next);
    if (tooLarge) return { answer: failure('TOO_LARGE', tooLarge.message, [tooLarge]) };
    const trail = appended(audit.value, { ...stamp, ...result.audit, revision: current + 1 });
    // A damaged history is left as it is (not overwritten) rather than blocking QA: the audit trail still names every result.
    const history = options.history && result.result ? parseHistory(rawHistory) : undefined;
    // One commit: the records never land without their audit entry, nor the entry without them.
    const writes = [
      { key: keys[0]!, value: next },
      { key: keys[1]!, value: auditValue(trail) },
      ...(history?.ok && result.result ? [{ key: keys[2]!, value: historyValue(withResult(history.value, { ...result.result, revision: current + 1 })) }] : []),
    ];
    const saved = { id: item.issueId, key: item.basics.key, projectId: item.basics.project?.id };
    const event = recordsEvent({ item: saved, audit: result.audit, stamp, records: next });
    return { writes, answer: { ok: true, records: next, trail, saved: true, ...(event ? { event } : {}) } };
  });
  if (outcome === CONTENDED) return failure('CONFLICT', item.say('errors.contended'));
  if (!outcome.ok) return outcome;
  const data = withPeople(deps, panelData(item, outcome.records, outcome.trail));
  // The waiver or verification is queued for the insight figures beside the summary's refresh.
  if (outcome.saved) await Promise.all([refreshSearchIndex(deps, item, outcome.records), outcome.event && sendWithin(deps.sendEvent, outcome.event)]);
  return success(await data);
}
