import type { CriterionKindSpec } from './criterion-kind';
import type { CriterionRule } from './criterion-rule';
import { CRITERION_KINDS, metaOf, type CriterionKind, type CriterionOfKind } from './kind-catalog';
import { fieldSetSchema } from './field-set/field-set-schema';
import { fieldSetRule } from './field-set/field-set';
import { labelsSchema } from './labels/labels-schema';
import { labelsRule } from './labels/labels';
import { subtasksDoneSchema } from './subtasks-done/subtasks-done-schema';
import { subtasksDoneRule } from './subtasks-done/subtasks-done';
import { linksResolvedSchema } from './links-resolved/links-resolved-schema';
import { linksResolvedRule } from './links-resolved/links-resolved';
import { manualSchema } from './manual/manual-schema';
import { manualRule } from './manual/manual';
import { approvalSchema } from './approval/approval-schema';
import { approvalRule } from './approval/approval';
import { handoffCompleteSchema } from './handoff-complete/handoff-complete-schema';
import { handoffCompleteRule } from './handoff-complete/handoff-complete';
import { behavioursVerifiedSchema } from './behaviours-verified/behaviours-verified-schema';
import { behavioursVerifiedRule } from './behaviours-verified/behaviours-verified';
import { decisionsSettledSchema } from './decisions-settled/decisions-settled-schema';
import { decisionsSettledRule } from './decisions-settled/decisions-settled';

export { CRITERION_KINDS, type CriterionKind };
export type Criterion = { [K in CriterionKind]: CriterionOfKind<K> }[CriterionKind];

type Whole = { readonly [K in CriterionKind]: Pick<CriterionKindSpec<CriterionOfKind<K>>, 'schema' | 'rule'> };

/** Each registered kind's schema and rule (kind-catalog.ts registers a kind; this does not compile until it is here too). */
const WHOLE: Whole = {
  'field-set': { schema: fieldSetSchema, rule: fieldSetRule },
  labels: { schema: labelsSchema, rule: labelsRule },
  'subtasks-done': { schema: subtasksDoneSchema, rule: subtasksDoneRule },
  'links-resolved': { schema: linksResolvedSchema, rule: linksResolvedRule },
  manual: { schema: manualSchema, rule: manualRule },
  approval: { schema: approvalSchema, rule: approvalRule },
  'handoff-complete': { schema: handoffCompleteSchema, rule: handoffCompleteRule },
  'behaviours-verified': { schema: behavioursVerifiedSchema, rule: behavioursVerifiedRule },
  'decisions-settled': { schema: decisionsSettledSchema, rule: decisionsSettledRule },
};

function wholeOf<K extends CriterionKind>(kind: K): Whole[K] {
  if (!Object.hasOwn(WHOLE, kind)) throw new Error(`No criterion kind "${kind}"`);
  return WHOLE[kind];
}

/** A kind whole: its meta, schema and rule. */
export function kindSpec<K extends CriterionKind>(kind: K): CriterionKindSpec<CriterionOfKind<K>> {
  return { ...metaOf(kind), ...(wholeOf(kind) as Pick<CriterionKindSpec<CriterionOfKind<K>>, 'schema' | 'rule'>) };
}

/** Every kind's schema, in the catalog's order. */
export const kindSchemas = () => CRITERION_KINDS.map((kind) => WHOLE[kind].schema);

/** The rule for a criterion's kind, typed to that criterion. */
export const ruleFor = <C extends Criterion>(criterion: C): CriterionRule<C> => wholeOf(criterion.kind as CriterionKind).rule as unknown as CriterionRule<C>;
