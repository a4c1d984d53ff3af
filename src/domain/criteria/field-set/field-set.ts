import { fail, pass, type CriterionRule } from '../criterion-rule';
import type { FieldSetCriterion } from './field-set-schema';
import { fieldValueIsSet } from './field-value-is-set';

export const fieldSetRule: CriterionRule<FieldSetCriterion> = {
  defaultLabel: (c, issue) => `${issue.fieldName(c.field)} is set`,
  defaultHint: (c, issue) => `Fill in ${issue.fieldName(c.field)} on the work item.`,
  check(c, { issue }) {
    const name = issue.fieldName(c.field);
    if (!issue.hasField(c.field) && name === c.field) {
      return fail(`${c.field} was not in Jira's answer: check the field id in the gate, and that the field is on this work type's screens`);
    }
    return fieldValueIsSet(issue.hasField(c.field) ? issue.fields[c.field] : undefined) ? pass(`${name} is set`) : fail(`${name} is empty`);
  },
};
