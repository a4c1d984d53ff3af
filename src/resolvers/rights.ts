import type { Criterion } from '../domain/gates/criterion-schema';
import { describePrincipals, principalsMatch } from '../domain/gates/principals';
import type { Waiver } from '../domain/records/records-schema';
import type { LoadedItem } from './load-item';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';

/** Who may verify behaviours: the gate's `qaVerifiers`, else anyone who may edit the item. Undefined: allowed. */
export function verifyRefusal(item: LoadedItem): string | undefined {
  const qa = qaVerifiersOf(item.gates);
  if (qa) {
    if (principalsMatch(qa.verifiers, item.actor)) return undefined;
    return item.say('errors.onlyVerify', { who: describePrincipals(qa.verifiers, item.say), gate: qa.gate.name });
  }
  return item.permissions.edit ? undefined : item.say('errors.needEdit', { what: item.say('errors.what.verify') });
}

export interface CriterionRights {
  canTick: boolean;
  canApprove: boolean;
  canWaive: boolean;
  canRevokeWaiver: boolean;
}

export function criterionRights(item: LoadedItem, criterion: Criterion, waiver: Waiver | undefined): CriterionRights {
  const canWaive = criterion.waivableBy !== undefined && principalsMatch(criterion.waivableBy, item.actor);
  return {
    canTick: criterion.kind === 'manual' && item.permissions.edit,
    canApprove: criterion.kind === 'approval' && principalsMatch(criterion.approvers, item.actor),
    canWaive,
    canRevokeWaiver: waiver !== undefined && (canWaive || waiver.accountId === item.actor.accountId),
  };
}
