import { kindMeta } from '../criterion-kind';
import type { FieldSetCriterion } from './field-set-schema';

export const fieldSetMeta = kindMeta<FieldSetCriterion>({
  kind: 'field-set',
  name: 'A field is set',
  jiraNeeds: (c) => ({ fields: [c.field], names: true }),
  blank: (id) => ({ id, kind: 'field-set', field: '' }),
});
