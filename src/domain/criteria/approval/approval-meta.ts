import { kindMeta, NO_JIRA_FIELDS } from '../criterion-kind';
import type { ApprovalCriterion } from './approval-schema';

export const approvalMeta = kindMeta<ApprovalCriterion>({
  kind: 'approval',
  name: 'Approval',
  jiraNeeds: () => NO_JIRA_FIELDS,
  blank: (id) => ({ id, kind: 'approval', approvers: { projectRoles: ['Administrators'] } }),
});
