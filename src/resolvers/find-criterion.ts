import type { Criterion } from '../domain/gates/criterion-schema';
import type { Gate } from '../domain/gates/gate-schema';
import { failure, type ResolverError } from './envelope';
import type { LoadedItem } from './load-item';
import { problem } from '../domain/problems';

export type Found = { ok: true; gate: Gate; criterion: Criterion } | { ok: false; error: ResolverError };

/** A criterion of one of the gates that apply to the item, optionally of a given kind. */
export function findCriterion(item: LoadedItem, gateId: string, criterionId: string, kind?: Criterion['kind']): Found {
  const gate = item.gates.find((g) => g.id === gateId);
  const criterion = gate?.criteria.find((c) => c.id === criterionId);
  if (!gate || !criterion) {
    const path = gate ? 'criterionId' : 'gateId';
    return failure('NOT_FOUND', item.say('errors.noSuchCheck', { check: criterionId, gate: gateId, item: item.basics.key }), [
      problem(path, 'problems.notFound'),
    ]);
  }
  if (kind && criterion.kind !== kind) {
    const [is, wanted] = [item.say(`kind.${criterion.kind}`), item.say(`kind.${kind}`)];
    return failure('BAD_INPUT', item.say('errors.wrongKind', { check: criterion.label ?? criterion.id, is, wanted }), [
      problem('criterionId', 'problems.wrongKind', { kind: criterion.kind }),
    ]);
  }
  return { ok: true, gate, criterion };
}
