import { kindMeta } from '../criterion-kind';
import type { SubtasksDoneCriterion } from './subtasks-done-schema';

export const subtasksDoneMeta = kindMeta<SubtasksDoneCriterion>({
  kind: 'subtasks-done',
  name: 'All sub-tasks done',
  jiraNeeds: () => ({ fields: ['subtasks'] }),
  blank: (id) => ({ id, kind: 'subtasks-done' }),
});
