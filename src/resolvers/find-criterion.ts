import type { Criterion } from '../domain/gates/criterion-schema';
import type { Gate } from '../domain/gates/gate-schema';
import { failure, type ResolverError } from './envelope';
import type { LoadedItem } from './load-item';

const a = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

export type Found = { ok: true; gate: Gate; criterion: Criterion } | { ok: false; error: ResolverError };

/** A criterion of one of the gates that apply to the item, optionally of a given kind. */
export function findCriterion(item: LoadedItem, gateId: string, criterionId: string, kind?: Criterion['kind']): Found {
  const gate = item.gates.find((g) => g.id === gateId);
  const criterion = gate?.criteria.find((c) => c.id === criterionId);
  if (!gate || !criterion) {
    const path = gate ? 'criterionId' : 'gateId';
    return failure('NOT_FOUND', `No check "${criterionId}" of gate "${gateId}" applies to ${item.basics.key}; reload the panel.`, [
      { path, message: 'not found for this work item' },
    ]);
  }
  if (kind && criterion.kind !== kind) {
    return failure('BAD_INPUT', `"${criterion.label ?? criterion.id}" is ${a(criterion.kind)} check, not ${a(kind)} check.`, [
      { path: 'criterionId', message: `is ${a(criterion.kind)} criterion` },
    ]);
  }
  return { ok: true, gate, criterion };
}
