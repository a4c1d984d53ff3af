import { createIssueView, isDone } from '../domain/jira/issue-view';
import { behaviourState } from '../domain/criteria/behaviours-verified/behaviours-verified';
import { recordEntry, type Evidence, type ItemRecords, type Verification } from '../domain/records/records-schema';
import type { Principals } from '../domain/gates/principals';
import type { LoadedItem } from './load-item';
import type { RichText } from '../domain/rich-text/rich-text';

/** A file or link QA showed with a result. */
export type EvidenceView = Evidence;

/** One QA result as the panel shows it: who, when, where, with what, and what they noted. */
export interface ResultView {
  status: 'passed' | 'failed';
  accountId: string;
  at: string;
  note?: string;
  /** The behaviour's text when QA verified it. */
  text: string;
  environment?: string;
  evidence?: EvidenceView[];
}

export interface BehaviourView {
  id: string;
  text: string;
  adf?: RichText;
  /** `changed` when the text was edited after QA verified it. */
  /** `unaccepted`: verified by someone the item's QA verifiers do not include (qa-verifiers.ts); it does not count. */
  /** `retest`: failed, and the bug filed from the failure is done since (QA's turn again). */
  state: 'untested' | 'passed' | 'failed' | 'retest' | 'changed' | 'unaccepted';
  verification?: ResultView;
  /**
   * The Jira bug QA filed from its failure, with its status now when the item's links show it;
   * `doneAt` when the app saw Jira put it in done (a new failure may then file a new bug).
   */
  bug?: { key: string; status?: BugStatus; doneAt?: string };
}

export interface BugStatus {
  name: string;
  done: boolean;
}

/** Each text in plain words; `…Adf` / `adf` beside it when its author formatted it. */
export interface HandoffView {
  summary: string;
  summaryAdf?: RichText;
  expectedBehaviours: BehaviourView[];
  riskAreas: Array<{ id: string; text: string; adf?: RichText; severity: 'high' | 'medium' | 'low' }>;
  testData: string;
  testDataAdf?: RichText;
  releaseNotes: string;
  releaseNotesAdf?: RichText;
}

/** What the panel shows of a recorded result (not the rights the app recorded with it). */
export const resultView = (v: Verification): ResultView => ({
  status: v.status,
  accountId: v.accountId,
  at: v.at,
  text: v.text,
  ...(v.note !== undefined ? { note: v.note } : {}),
  ...(v.environment !== undefined ? { environment: v.environment } : {}),
  ...(v.evidence?.length ? { evidence: v.evidence } : {}),
});

const BEHAVIOUR_VIEW_STATE = { 'changed since verified': 'changed', 'verified by someone who may not': 'unaccepted' } as const;

/** The statuses of the item's linked work items, by issue id, from the links Jira answered with. */
export function linkedStatuses(item: LoadedItem): Map<string, BugStatus> {
  const read = createIssueView(item.issue).links();
  const linked = read.ok ? read.value.flatMap((l) => [l.inwardIssue, l.outwardIssue]) : [];
  return new Map(linked.flatMap((i) => (i?.id && i.fields?.status?.name ? [[i.id, { name: i.fields.status.name, done: isDone(i) }] as const] : [])));
}

export function handoffView(records: ItemRecords, verifiers: Principals | undefined, statuses: Map<string, BugStatus>): HandoffView {
  const h = records.handoff ?? {};
  const behaviours = (h.expectedBehaviours ?? []).map(({ id, text, adf }): BehaviourView => {
    const raw = behaviourState(records, { id, text }, verifiers);
    const state = raw === 'changed since verified' || raw === 'verified by someone who may not' ? BEHAVIOUR_VIEW_STATE[raw] : raw;
    const v = recordEntry(records.verifications, id);
    const verification = v && resultView(v);
    const bug = recordEntry(records.bugs, id);
    const status = bug && statuses.get(bug.issueId);
    const bugView = bug && { key: bug.key, ...(status ? { status } : {}), ...(bug.doneAt ? { doneAt: bug.doneAt } : {}) };
    return { id, text, ...(adf ? { adf } : {}), state, ...(verification ? { verification } : {}), ...(bugView ? { bug: bugView } : {}) };
  });
  const risks = (h.riskAreas ?? []).map(({ id, text, adf, severity }) => ({ id, text, ...(adf ? { adf } : {}), severity }));
  return {
    summary: h.summary ?? '',
    ...(h.summaryAdf ? { summaryAdf: h.summaryAdf } : {}),
    expectedBehaviours: behaviours,
    riskAreas: risks,
    testData: h.testData ?? '',
    ...(h.testDataAdf ? { testDataAdf: h.testDataAdf } : {}),
    releaseNotes: h.releaseNotes ?? '',
    ...(h.releaseNotesAdf ? { releaseNotesAdf: h.releaseNotesAdf } : {}),
  };
}
