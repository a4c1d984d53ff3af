import * as z from 'zod';
import { bugDraft } from '../domain/handoff/bug/bug-draft';
import { bugTargetOf } from '../domain/handoff/bug/bug-target';
import { recordEntry } from '../domain/records/records-schema';
import { problem } from '../domain/problems';
import { createIssue } from '../jira/create-issue';
import type { JiraWrite } from '../jira/send-write';
import { linkIssues } from '../jira/link-issues';
import { rememberBugOrigin } from '../bugs/bug-index';
import { loadRecords, revisionOf } from '../records/records-store';
import { failure, type Envelope } from './envelope';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { entryIdSchema, writeTarget } from './payload-parts';
import { asUser, type IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { verifyRefusal } from './rights';
import { reloadIssue, type LoadedItem } from './load-item';
import { writeRecords } from './write-records';

export const createBugPayload = z.strictObject({ ...writeTarget, behaviourId: entryIdSchema });

const jiraRefused = (item: LoadedItem, written: Extract<JiraWrite<unknown>, { ok: false }>, key: 'errors.bugNotCreated' | 'errors.bugNotLinked', bug = '') =>
  failure(written.status === undefined ? 'JIRA_UNAVAILABLE' : 'JIRA_ERROR', item.say(key, { bug, why: written.messages.join('; ') || String(written.status) }));

/**
 * `createBug`: QA files a Jira Bug from a failed behaviour, as themselves (their permissions,
 * their name as reporter), in the project the gates name, linked to the item with the gates'
 * link type; the behaviour then names the bug. Jira acts before storage is written, so a bug
 * Jira created is recorded whatever else was saved meanwhile.
 */
export async function createBug(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, createBugPayload);
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const refusal = verifyRefusal(item);
  if (refusal) return failure('FORBIDDEN', refusal);
  const records = await loadRecords(deps.store, item.issueId);
  if (!records.ok) return failure('RECORDS_INVALID', item.say('errors.recordsInvalid', { item: item.basics.key }), records.problems);
  const current = revisionOf(records.value);
  if (input.revision !== current)
    return failure('CONFLICT', item.say('errors.conflict'), [problem('revision', 'problems.staleVersion', { revision: input.revision, current })]);
  const behaviour = records.value.handoff?.expectedBehaviours?.find((b) => b.id === input.behaviourId);
  if (!behaviour) return failure('NOT_FOUND', item.say('errors.noBehaviour', { behaviour: input.behaviourId }), [problem('behaviourId', 'problems.notFound')]);
  const verification = recordEntry(records.value.verifications, behaviour.id);
  if (verification?.status !== 'failed') return failure('BAD_INPUT', item.say('errors.bugNeedsFailure'), [problem('behaviourId', 'problems.notFailed')]);
  const known = recordEntry(records.value.bugs, behaviour.id);
  // A new bug only for a failure after the last bug was done (a failed retest); before that, the known bug stands.
  if (known && known.doneAt === undefined) return failure('CONFLICT', item.say('errors.bugExists', { bug: known.key }));
  if (known?.doneAt !== undefined && Date.parse(verification.at) < Date.parse(known.doneAt))
    return failure('CONFLICT', item.say('errors.bugRetestFirst', { bug: known.key }));
  const target = bugTargetOf(item.gates, item.basics.project?.key ?? item.basics.key.replace(/-\d+$/, ''));
  const links = (verification.evidence ?? []).flatMap((e) => (e.kind === 'link' ? [e.url] : []));
  const draft = bugDraft(
    {
      itemKey: item.basics.key,
      behaviour: behaviour.text,
      note: verification.note,
      environment: verification.environment,
      links,
      testData: records.value.handoff?.testData,
    },
    item.say,
  );
  const fields = { project: { key: target.projectKey }, issuetype: { name: 'Bug' }, summary: draft.summary, description: draft.description };
  const created = await createIssue(asUser(deps), fields);
  if (!created.ok) return jiraRefused(item, created, 'errors.bugNotCreated');
  const bug = created.value;
  // Before the records, so the bug's first status change finds its behaviour; losing it costs only the retest signal.
  await rememberBugOrigin(deps.store, bug.id, { issueId: item.issueId, behaviourId: behaviour.id }).catch((error: unknown) =>
    console.error(`shipshape: bug ${bug.key} will not turn its behaviour to retest`, error),
  );
  const linked = await linkIssues(asUser(deps), target.linkType, bug.key, item.basics.key);
  // Read again after the link: the answer's gates then count the new bug, and the behaviour shows its status.
  const linkedItem = linked.ok ? await reloadIssue(deps, item) : item;
  const saved = await writeRecords(deps, linkedItem, 'latest', (now, stamp) => ({
    ok: true,
    // fromEntries defines own properties, whatever the id (never a prototype's).
    records: { ...now, bugs: Object.fromEntries([...Object.entries(now.bugs ?? {}), [behaviour.id, { issueId: bug.id, key: bug.key, ...stamp }]]) },
    audit: { action: 'bug', target: behaviour.id, before: '', after: `${bug.key}${linked.ok ? '' : ' (not linked)'}` },
  }));
  if (saved.ok && !linked.ok) return jiraRefused(item, linked, 'errors.bugNotLinked', bug.key);
  return saved;
}
