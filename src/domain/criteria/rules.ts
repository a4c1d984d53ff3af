import type { Criterion, CriterionKind } from '../gates/criterion-schema';
import type { CriterionRule } from './criterion-rule';
import { fieldSetRule } from './field-set/field-set';
import { labelsRule } from './labels/labels';
import { subtasksDoneRule } from './subtasks-done/subtasks-done';
import { linksResolvedRule } from './links-resolved/links-resolved';
import { manualRule } from './manual/manual';
import { approvalRule } from './approval/approval';
import { handoffCompleteRule } from './handoff-complete/handoff-complete';
import { behavioursVerifiedRule } from './behaviours-verified/behaviours-verified';

const RULES: { [K in CriterionKind]: CriterionRule<K> } = {
  'field-set': fieldSetRule,
  labels: labelsRule,
  'subtasks-done': subtasksDoneRule,
  'links-resolved': linksResolvedRule,
  manual: manualRule,
  approval: approvalRule,
  'handoff-complete': handoffCompleteRule,
  'behaviours-verified': behavioursVerifiedRule,
};

/** The rule for a criterion's kind, typed to that criterion. */
export function ruleFor<C extends Criterion>(criterion: C): CriterionRule<C['kind']> {
  return RULES[criterion.kind] as unknown as CriterionRule<C['kind']>;
}
