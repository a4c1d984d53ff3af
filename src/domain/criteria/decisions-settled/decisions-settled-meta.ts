import { kindMeta, NO_JIRA_FIELDS } from '../criterion-kind';
import type { DecisionsSettledCriterion } from './decisions-settled-schema';

export const decisionsSettledMeta = kindMeta<DecisionsSettledCriterion>({
  kind: 'decisions-settled',
  name: 'Linked DACI decisions settled',
  jiraNeeds: () => NO_JIRA_FIELDS,
  blank: (id) => ({ id, kind: 'decisions-settled' }),
});
