import { evaluate } from '../domain/evaluate';
import { createIssueView, isDone } from '../domain/jira/issue-view';
import { behaviourState } from '../domain/criteria/behaviours-verified/behaviours-verified';
import { recordEntry, type Approval, type ItemRecords, type Tick, type Waiver } from '../domain/records/records-schema';
import type { CriterionResult } from '../domain/verdict';
import type { GateSource } from '../gates/gate-library';
import type { AuditEntry, AuditTrail } from '../records/audit-trail';
import { revisionOf } from '../records/records-store';
import type { ItemBasics } from './item-basics';
import type { DecisionsView } from './decisions-view';
import type { LoadedItem } from './load-item';
import { criterionRights, verifyRefusal, type CriterionRights } from './rights';
import type { Principals } from '../domain/gates/principals';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import type { NextTransition } from '../domain/next-steps/next-transitions';

export const PANEL_ACTIVITY_ENTRIES = 10;

export interface BehaviourView {
  id: string;
  text: string;
  /** `changed` when the text was edited after QA verified it. */
  /** `unaccepted`: verified by someone the item's QA verifiers do not include (qa-verifiers.ts); it does not count. */
  /** `retest`: failed, and the bug filed from the failure is done since (QA's turn again). */
  state: 'untested' | 'passed' | 'failed' | 'retest' | 'changed' | 'unaccepted';
  verification?: { status: 'passed' | 'failed'; accountId: string; at: string; note?: string; text: string };
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

export interface HandoffView {
  summary: string;
  expectedBehaviours: BehaviourView[];
  riskAreas: Array<{ id: string; text: string; severity: 'high' | 'medium' | 'low' }>;
  testData: string;
  releaseNotes: string;
}

export interface CriterionView extends CriterionResult, CriterionRights {
  tick?: Tick;
  approvals: Approval[];
  approvedByMe: boolean;
  /** The recorded waiver, whether it counts or not (`status` says whether it does). */
  recordedWaiver?: Waiver;
}

export interface GateView {
  id: string;
  name: string;
  source: GateSource;
  passed: boolean;
  criteria: CriterionView[];
}

/** A person the panel names (who ticked, approved, verified, waived or wrote). */
export interface PersonView {
  displayName: string;
  /** A 48×48 avatar, when Jira gives one. */
  avatarUrl?: string;
}

/** Everything the panel shows, from one resolver call. */
export interface PanelData {
  issue: ItemBasics;
  /** Name it in the next write; a write based on an older revision is refused with CONFLICT. */
  revision: number;
  updatedAt?: string;
  updatedBy?: string;
  handoff: HandoffView;
  gates: GateView[];
  rights: { canEdit: boolean; canVerify: boolean };
  /** Asked for by the edit form only: the description's acceptance criteria, to propose as behaviours. */
  acceptanceCriteria?: string[];
  /** The latest writes, newest first. */
  activity: AuditEntry[];
  /** How many of the oldest entries the stored trail has dropped to stay within its caps. */
  activityDropped?: number;
  /**
   * Display names of the people named anywhere above, by accountId. A person Jira could not
   * name (deleted, or the look-up failed) is absent: show a neutral "Unknown person".
   */
  people: Record<string, PersonView>;
  /**
   * The transitions the person may take now, with the gates guarding each: in getPanel's answer
   * when Jira could say (a write's answer leaves it out; the panel keeps the last it had).
   */
  next?: NextTransition[];
  /** The DACI decisions that link the item, as the viewer may see them: in getPanel's answer only. */
  decisions?: DecisionsView;
}

const BEHAVIOUR_VIEW_STATE = { 'changed since verified': 'changed', 'verified by someone who may not': 'unaccepted' } as const;

/** The statuses of the item's linked work items, by issue id, from the links Jira answered with. */
function linkedStatuses(item: LoadedItem): Map<string, BugStatus> {
  const read = createIssueView(item.issue).links();
  const linked = read.ok ? read.value.flatMap((l) => [l.inwardIssue, l.outwardIssue]) : [];
  return new Map(linked.flatMap((i) => (i?.id && i.fields?.status?.name ? [[i.id, { name: i.fields.status.name, done: isDone(i) }] as const] : [])));
}

function handoffView(records: ItemRecords, verifiers: Principals | undefined, statuses: Map<string, BugStatus>): HandoffView {
  const h = records.handoff ?? {};
  const behaviours = (h.expectedBehaviours ?? []).map(({ id, text }): BehaviourView => {
    const raw = behaviourState(records, { id, text }, verifiers);
    const state = raw === 'changed since verified' || raw === 'verified by someone who may not' ? BEHAVIOUR_VIEW_STATE[raw] : raw;
    const v = recordEntry(records.verifications, id);
    const verification = v && { status: v.status, accountId: v.accountId, at: v.at, text: v.text, ...(v.note !== undefined ? { note: v.note } : {}) };
    const bug = recordEntry(records.bugs, id);
    const status = bug && statuses.get(bug.issueId);
    const bugView = bug && { key: bug.key, ...(status ? { status } : {}), ...(bug.doneAt ? { doneAt: bug.doneAt } : {}) };
    return { id, text, state, ...(verification ? { verification } : {}), ...(bugView ? { bug: bugView } : {}) };
  });
  const risks = (h.riskAreas ?? []).map(({ id, text, severity }) => ({ id, text, severity }));
  return { summary: h.summary ?? '', expectedBehaviours: behaviours, riskAreas: risks, testData: h.testData ?? '', releaseNotes: h.releaseNotes ?? '' };
}

export function panelData(item: LoadedItem, records: ItemRecords, audit: AuditTrail): PanelData {
  const verifiers = qaVerifiersOf(item.gates)?.verifiers;
  const gates = item.gates.map((gate): GateView => {
    const verdict = evaluate(gate, { issue: item.issue, records, qaVerifiers: verifiers, ...(item.decisions ? { decisions: item.decisions } : {}) }, item.say);
    const gateRecords = recordEntry(records.gates, gate.id) ?? {};
    const criteria = gate.criteria.map((criterion, i): CriterionView => {
      const tick = recordEntry(gateRecords.ticks, criterion.id);
      const waiver = recordEntry(gateRecords.waivers, criterion.id);
      const approvals = recordEntry(gateRecords.approvals, criterion.id) ?? [];
      return {
        ...(verdict.results[i] as CriterionResult),
        ...criterionRights(item, criterion, waiver),
        ...(tick ? { tick } : {}),
        approvals,
        approvedByMe: approvals.some((a) => a.accountId === item.actor.accountId),
        ...(waiver ? { recordedWaiver: waiver } : {}),
      };
    });
    return { id: gate.id, name: gate.name, source: item.gateSource, passed: verdict.passed, criteria };
  });
  return {
    issue: item.basics,
    revision: revisionOf(records),
    ...(records.updatedAt ? { updatedAt: records.updatedAt } : {}),
    ...(records.updatedBy ? { updatedBy: records.updatedBy } : {}),
    // The links are read only for an item with bugs: most panel loads have none.
    handoff: handoffView(records, verifiers, Object.keys(records.bugs ?? {}).length > 0 ? linkedStatuses(item) : new Map()),
    gates,
    rights: { canEdit: item.permissions.edit, canVerify: verifyRefusal(item) === undefined },
    activity: audit.entries.slice(-PANEL_ACTIVITY_ENTRIES).reverse(),
    ...(audit.dropped ? { activityDropped: audit.dropped } : {}),
    people: {},
  };
}
