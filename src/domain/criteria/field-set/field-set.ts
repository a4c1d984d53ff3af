import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { FieldSetCriterion } from './field-set-schema';
import { fieldValueIsSet } from './field-value-is-set';

export const fieldSetRule: CriterionRule<FieldSetCriterion> = {
  defaultLabel: (c, issue, say) => say('gate.fieldSet.label', { field: issue.fieldName(c.field) }),
  defaultHint: (c, issue, say) => say('gate.fieldSet.hint', { field: issue.fieldName(c.field) }),
  check(c, { issue, say }) {
    const name = issue.fieldName(c.field);
    if (!issue.hasField(c.field) && name === c.field) {
      return fail(say('gate.fieldSet.notInAnswer', { field: c.field }));
    }
    return fieldValueIsSet(issue.hasField(c.field) ? issue.fields[c.field] : undefined)
      ? pass(say('gate.fieldSet.set', { field: name }))
      : fail(say('gate.fieldSet.empty', { field: name }));
  },
};
