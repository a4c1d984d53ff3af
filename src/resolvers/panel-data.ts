import { evaluate } from '../domain/evaluate';
import { recordEntry, type Approval, type ItemRecords, type Tick, type Waiver } from '../domain/records/records-schema';
import type { CriterionResult } from '../domain/verdict';
import type { GateSource } from '../gates/gate-library';
import type { AuditEntry, AuditTrail } from '../records/audit-trail';
import { revisionOf } from '../records/records-store';
import type { ItemBasics } from './item-basics';
import type { DecisionsView } from './decisions-view';
import type { LoadedItem } from './load-item';
import { criterionRights, verifyRefusal, type CriterionRights } from './rights';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import type { NextTransition } from '../domain/next-steps/next-transitions';
import { handoffView, linkedStatuses, type HandoffView, type ResultView } from './handoff-view';
import { qaEnvironmentsOf } from '../domain/gates/qa-environments';

export const PANEL_ACTIVITY_ENTRIES = 10;
export type { BehaviourView, BugStatus, HandoffView, ResultView, EvidenceView } from './handoff-view';

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
  /** The environments or builds the item's gates offer QA (they may type another); absent when none name any. */
  environments?: string[];
  /** Asked for with `historyOf`: every result QA recorded on one behaviour, newest first. */
  history?: { behaviourId: string; results: ResultView[]; incomplete: boolean };
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
  const environments = qaEnvironmentsOf(item.gates);
  return {
    issue: item.basics,
    revision: revisionOf(records),
    ...(records.updatedAt ? { updatedAt: records.updatedAt } : {}),
    ...(records.updatedBy ? { updatedBy: records.updatedBy } : {}),
    // The links are read only for an item with bugs: most panel loads have none.
    handoff: handoffView(records, verifiers, Object.keys(records.bugs ?? {}).length > 0 ? linkedStatuses(item) : new Map()),
    gates,
    rights: { canEdit: item.permissions.edit, canVerify: verifyRefusal(item) === undefined },
    ...(environments.length ? { environments } : {}),
    activity: audit.entries.slice(-PANEL_ACTIVITY_ENTRIES).reverse(),
    ...(audit.dropped ? { activityDropped: audit.dropped } : {}),
    people: {},
  };
}
