import { kindMeta, NO_JIRA_FIELDS } from '../criterion-kind';
import type { BehavioursVerifiedCriterion } from './behaviours-verified-schema';

export const behavioursVerifiedMeta = kindMeta<BehavioursVerifiedCriterion>({
  kind: 'behaviours-verified',
  name: 'Expected behaviours verified by QA',
  jiraNeeds: () => NO_JIRA_FIELDS,
  blank: (id) => ({ id, kind: 'behaviours-verified' }),
});
