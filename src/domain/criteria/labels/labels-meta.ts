import { kindMeta } from '../criterion-kind';
import type { LabelsCriterion } from './labels-schema';

export const labelsMeta = kindMeta<LabelsCriterion>({
  kind: 'labels',
  name: 'Labels',
  jiraNeeds: () => ({ fields: ['labels'] }),
  blank: (id) => ({ id, kind: 'labels', forbid: ['wip'] }),
});
