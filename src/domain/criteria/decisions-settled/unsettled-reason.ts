import type { ItemDecision } from '../../decisions/index-schema';
import type { DecisionsSettledCriterion } from './decisions-settled-schema';

/** Why a decision does not settle the item yet, in the order the reason lists them. */
export const UNSETTLED_REASONS = ['notStarted', 'inProgress', 'deferred', 'awaitingApproval', 'changedSinceApproval', 'rejected'] as const;
export type UnsettledReason = (typeof UNSETTLED_REASONS)[number];

/** Undefined when the decision is settled under the criterion. */
export function unsettledReason(decision: Pick<ItemDecision, 'status' | 'signOff'>, criterion: DecisionsSettledCriterion): UnsettledReason | undefined {
  if (decision.status === 'not-started') return 'notStarted';
  if (decision.status === 'in-progress') return 'inProgress';
  if (decision.status === 'deferred' && criterion.allowDeferred !== true) return 'deferred';
  if (criterion.requireApproval === false) return undefined;
  if (decision.signOff === 'none') return 'awaitingApproval';
  if (decision.signOff === 'stale') return 'changedSinceApproval';
  if (decision.signOff === 'rejected') return 'rejected';
  return undefined;
}
