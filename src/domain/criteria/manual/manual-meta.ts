import { kindMeta, NO_JIRA_FIELDS } from '../criterion-kind';
import type { ManualCriterion } from './manual-schema';

export const manualMeta = kindMeta<ManualCriterion>({
  kind: 'manual',
  name: 'Manual tick',
  jiraNeeds: () => NO_JIRA_FIELDS,
  blank: (id) => ({ id, kind: 'manual' }),
});
