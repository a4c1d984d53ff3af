import { kindMeta, NO_JIRA_FIELDS } from '../criterion-kind';
import type { HandoffCompleteCriterion } from './handoff-complete-schema';

export const handoffCompleteMeta = kindMeta<HandoffCompleteCriterion>({
  kind: 'handoff-complete',
  name: 'QA handoff package complete',
  jiraNeeds: () => NO_JIRA_FIELDS,
  blank: (id) => ({ id, kind: 'handoff-complete' }),
});
