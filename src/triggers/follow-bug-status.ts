import { recordEntry, type ItemRecords } from '../domain/records/records-schema';
import { parseRecords } from '../domain/records/parse-records';
import { recordSizeProblem } from '../domain/records/records-limits';
import { isDone } from '../domain/jira/issue-view';
import { linkedIssueSchema } from '../domain/jira/issue-schema';
import { bugOrigin } from '../bugs/bug-index';
import { getIssue } from '../jira/get-issue';
import type { JiraAccess } from '../jira/read-jira';
import type { KeyValueStore } from '../ports/key-value-store';
import { appended, auditKey, auditValue, parseAudit, UNKNOWN_ACTOR } from '../records/audit-trail';
import { recordsKey, revisionOf } from '../records/records-store';
import { CONTENDED, updateAtomically, type UpdatePlan } from '../storage/update-atomically';
import type { IssueEvent } from './issue-event';

/** What following a bug's status did: the item whose behaviour moved, or why nothing did. */
export type BugFollowed = { moved: { itemId: string; behaviourId: string; done: boolean } } | { ignored: string };

const statusMayHaveChanged = (event: IssueEvent) => !event.changelog || event.changelog.items.some((i) => i.fieldId === 'status' || i.field === 'status');

/**
 * A bug QA filed from a failed behaviour changed status: when Jira now says done, the behaviour
 * is to be retested (`doneAt` set); when it left done again, the failure stands (`doneAt`
 * cleared). One KVS read for any status change, one Get issue only for a bug the app filed; the
 * records and their audit entry are committed together, on condition neither moved.
 */
export async function followBugStatus(jira: JiraAccess, store: KeyValueStore, event: IssueEvent): Promise<BugFollowed> {
  if (!statusMayHaveChanged(event)) return { ignored: 'no status change' };
  const origin = await bugOrigin(store, event.issue.id);
  if (!origin) return { ignored: 'not a bug filed from a behaviour' };
  const read = await getIssue(jira.client, jira.clock, event.issue.id, { fields: ['status'], properties: [], expand: [] }, jira.retry);
  if (!read.ok) return { ignored: `the bug's status could not be read: ${read.message}` };
  const status = linkedIssueSchema.safeParse({ key: read.issue.key, fields: { status: read.issue.fields['status'] } });
  if (!status.success) return { ignored: "Jira's answer has the bug's status in an unexpected shape" };
  const done = isDone(status.data);
  const at = new Date(jira.clock.now()).toISOString();
  const keys = [recordsKey(origin.issueId), auditKey(origin.issueId)];
  const outcome = await updateAtomically(store, keys, ([rawRecords, rawAudit]): UpdatePlan<BugFollowed> => {
    const records = parseRecords(rawRecords);
    const audit = parseAudit(rawAudit);
    if (!records.ok || !audit.ok) return { answer: { ignored: `the records of work item ${origin.issueId} do not read` } };
    const bug = recordEntry(records.value.bugs, origin.behaviourId);
    if (bug?.issueId !== event.issue.id) return { answer: { ignored: 'the behaviour names another bug now' } };
    if (done === (bug.doneAt !== undefined)) return { answer: { ignored: 'already known' } };
    const { doneAt: _was, ...rest } = bug;
    const revision = revisionOf(records.value) + 1;
    // fromEntries defines own properties, whatever the id (never a prototype's).
    const bugs = Object.fromEntries([...Object.entries(records.value.bugs ?? {}), [origin.behaviourId, { ...rest, ...(done ? { doneAt: at } : {}) }]]);
    const next: ItemRecords = { ...records.value, bugs, revision };
    if (recordSizeProblem(next)) return { answer: { ignored: 'the records would pass their size limit' } };
    const entry = {
      at,
      accountId: event.atlassianId ?? UNKNOWN_ACTOR,
      action: done ? 'bug-done' : 'bug-reopened',
      target: origin.behaviourId,
      before: '',
      after: bug.key,
      revision,
    } as const;
    const writes = [
      { key: keys[0]!, value: next },
      { key: keys[1]!, value: auditValue(appended(audit.value, entry)) },
    ];
    return { writes, answer: { moved: { itemId: origin.issueId, behaviourId: origin.behaviourId, done } } };
  });
  return outcome === CONTENDED ? { ignored: 'the records kept changing' } : outcome;
}
