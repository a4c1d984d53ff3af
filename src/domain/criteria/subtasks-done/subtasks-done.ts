import { fail, listSome, pass, plural, type CriterionRule } from '../criterion-rule';
import type { SubtasksDoneCriterion } from './subtasks-done-schema';
import { describeLinked, isDone } from '../../jira/issue-view';

export const subtasksDoneRule: CriterionRule<SubtasksDoneCriterion> = {
  defaultLabel: () => 'All sub-tasks are done',
  defaultHint: () => 'Finish or close the open sub-tasks, then try again.',
  check(_c, { issue }) {
    const read = issue.subtasks();
    if (!read.ok) return fail(read.reason);
    if (read.value.length === 0) return pass('No sub-tasks');
    const open = read.value.filter((s) => !isDone(s));
    if (open.length === 0) return pass(`All ${plural(read.value.length, 'sub-task')} done`);
    return fail(`${plural(open.length, 'sub-task')} not done: ${listSome(open.map(describeLinked))}`);
  },
};
